/** A GraphQL response as the tests read it. */
export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; fieldErrors?: { field: string; message: string }[] } & Record<
      string,
      unknown
    >;
  }[];
}

/** Posts an operation to `url` (a `/graphql` endpoint) with an optional bearer token. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The data of a response that must have succeeded (fails the test with the errors otherwise). */
export async function graphqlOk<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<T> {
  const result = await graphql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

/** The `extensions.code` of the first error, for assertions. */
export function errorCode(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** One caller of the gateway: `ok` expects no error, `call` answers the result as it is. */
export interface Api {
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  call<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
}

/** Calls the gateway at `url` with one token. */
export function apiAs(url: string, token: string): Api {
  return {
    ok: (query, variables = {}) => graphqlOk(url, query, variables, token),
    call: (query, variables = {}) => graphql(url, query, variables, token),
  };
}
