import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** An Apollo Client as an integrator would set it up, and the HTTP answers it received. */
export interface Consumer {
  client: ApolloClient;
  /** Every HTTP response the client's link got, oldest first (headers included). */
  responses: Response[];
  /** The latest HTTP response. */
  last(): Response;
}

/**
 * Apollo Client 4 over Node's fetch against `graphqlUrl`, with `Authorization: Bearer <token>`
 * and any other headers a browser would send (`origin`). No cache between operations: each
 * call goes to the gateway, as a server-to-server integration does.
 */
export function apolloConsumer(
  graphqlUrl: string,
  token: string | null,
  headers: Record<string, string> = {},
): Consumer {
  const responses: Response[] = [];
  const link = new HttpLink({
    uri: graphqlUrl,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      responses.push(response);
      return response;
    },
  });
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
    },
  });
  return {
    client,
    responses,
    last() {
      const response = responses.at(-1);
      if (!response) throw new Error('Nessuna risposta ricevuta');
      return response;
    },
  };
}
