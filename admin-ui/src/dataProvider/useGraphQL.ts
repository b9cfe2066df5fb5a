import { useCallback } from 'react';
import { useDataProvider, type DataProvider } from 'react-admin';

/** The console's data provider: react-admin's methods plus `graphql` for any other operation. */
export type SisaDataProvider = DataProvider & {
  graphql<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
};

/**
 * Runs one contract operation that no react-admin method covers (the cruscotto's indicators, an
 * indicator preview, adding a household member). Through `useDataProvider`, so a 401 ends the
 * session like any other call. Use it inside react-query (`useQuery`/`useMutation`).
 */
export function useGraphQL() {
  const dataProvider = useDataProvider<SisaDataProvider>();
  return useCallback(
    <T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>) =>
      dataProvider.graphql<T>(document, variables),
    [dataProvider],
  );
}
