import type { DataProvider } from 'react-admin';
import { DATA_PROVIDER_METHODS, type MethodCall } from './methods';

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
export const dataProvider = Object.fromEntries(
  DATA_PROVIDER_METHODS.map((method) => [
    method,
    async (resource: string, params: unknown) =>
      ((await load())[method] as MethodCall)(resource, params),
  ]),
) as unknown as DataProvider;
