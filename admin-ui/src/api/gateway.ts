/** The gateway's GraphQL endpoint: same origin as the console (served at /admin, or proxied by `vite`). */
export const GRAPHQL_ENDPOINT = '/graphql';

/** One error as the contract sends it (docs/CONTRACT.md, "Errors"). */
export interface ContractError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fieldErrors?: { field: string; message: string }[];
  };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ContractError[];
}

/** An operation that came back with errors (or a failed HTTP exchange). */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: ContractError[] = [],
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * Posts one operation with plain `fetch`. The login screen and the session use it, so the first
 * screen needs neither Apollo nor graphql-js (they come with the data provider, after login).
 */
export async function postGraphQL<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GatewayError('app.error.network', 0);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GatewayError('app.error.network', response.status);
  }
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [];
    const status = errors[0]?.extensions?.code === 'UNAUTHENTICATED' ? 401 : response.status;
    throw new GatewayError(errors[0]?.message ?? 'app.error.network', status, errors);
  }
  return body.data;
}
