import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { GRAPHQL_ENDPOINT } from '../api/gateway';
import { currentToken } from '../auth/session';
import { buildQuery } from './buildQuery';
import { toContractHttpError } from './contractErrors';
import { listInContractPages, manyInContractPages } from './contractPages';
import { DATA_PROVIDER_METHODS, type MethodCall } from './methods';
import { operationsOf } from './operationsOf';
import { runOperation } from './runOperation';

/**
 * react-query (inside react-admin) is the cache; Apollo only carries requests, with our documents
 * as written: no `__typename` added to every selection (records are sent back as inputs). This
 * replaces `addTypename: false`, an option Apollo deprecates with a warning in the console.
 */
class RequestsOnlyCache extends InMemoryCache {
  override transformDocument(document: DocumentNode): DocumentNode {
    return document;
  }
}

const withToken = new ApolloLink((operation, forward) => {
  const token = currentToken();
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
  }));
  return forward(operation);
});

/** ra-data-graphql over our buildQuery, with the contract's errors turned into react-admin's. */
export function createGraphQLDataProvider(): DataProvider {
  const client = new ApolloClient({
    link: ApolloLink.from([withToken, new HttpLink({ uri: GRAPHQL_ENDPOINT })]),
    cache: new RequestsOnlyCache(),
  });
  const provider = buildGraphQLProvider({
    client: client as ApolloClient<unknown>,
    introspection: false,
    buildQuery,
    query: () => ({ fetchPolicy: 'no-cache' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  const wrapped: Partial<DataProvider> = {};
  for (const method of DATA_PROVIDER_METHODS) {
    const single = provider[method] as MethodCall;
    // The contract serves at most 200 rows a page: larger reads (the CSV exports) go in pages.
    const call = async (resource: string, params: unknown): Promise<unknown> => {
      if (operationsOf(resource).list.shape !== 'page') return single(resource, params);
      if (method === 'getList' || method === 'getManyReference')
        return listInContractPages(single as never, resource, params as never);
      if (method === 'getMany')
        return manyInContractPages(single as never, resource, params as never);
      return single(resource, params);
    };
    (wrapped as Record<string, unknown>)[method] = (resource: string, params: unknown) =>
      call(resource, params).catch((error: unknown) => {
        throw toContractHttpError(error);
      });
  }
  // Operations outside react-admin's methods (the cruscotto, previews, member changes).
  (wrapped as Record<string, unknown>).graphql = (document: string, variables = {}) =>
    runOperation(client as ApolloClient<unknown>, document, variables);
  return wrapped as DataProvider;
}
