import { GraphQLError } from 'graphql';

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 6750 §3): a request that carried a token the
 * server refuses gets `error="invalid_token"`; one that carried none gets the bare challenge.
 */
export function bearerChallenge(hadToken: boolean): string {
  return hadToken ? 'Bearer realm="sisa", error="invalid_token"' : 'Bearer realm="sisa"';
}

/**
 * An operation refused before it runs because its token is invalid, expired or its session has
 * ended: HTTP 401 with the Bearer challenge (Apollo Server copies `extensions.http` onto the
 * response and drops it from the body).
 */
export function invalidTokenError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: new Map([['www-authenticate', bearerChallenge(true)]]) },
    },
  });
}
