import type { DataProvider } from 'react-admin';
import { DATA_PROVIDER_METHODS, type MethodCall } from './methods';
import type { SisaDataProvider } from './useGraphQL';

let loading: Promise<DataProvider> | null = null;
// Apollo and graphql-js load with the first data call, not with the login screen; a failed load
// (network) is retried by the next call.
const load = () =>
  (loading ??= import('./graphqlDataProvider').then(
    (module) => module.createGraphQLDataProvider(),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));

/** The console's data provider: the contract's GraphQL operations behind react-admin's methods. */
export const dataProvider = Object.fromEntries([
  ...DATA_PROVIDER_METHODS.map((method) => [
    method,
    async (resource: string, params: unknown) =>
      ((await load())[method] as MethodCall)(resource, params),
  ]),
  // `useGraphQL()` (./useGraphQL.ts): one contract operation that is no react-admin method.
  [
    'graphql',
    async (document: string, variables?: Record<string, unknown>) =>
      ((await load()) as SisaDataProvider).graphql(document, variables),
  ],
]) as unknown as SisaDataProvider;
