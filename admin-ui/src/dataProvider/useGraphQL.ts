import { useCallback } from 'react';
import { useDataProvider, type DataProvider } from 'react-admin';
import type { TypedDocumentString } from '../generated/graphql';

/** The console's data provider: react-admin's methods plus `graphql` for any other operation. */
export type SisaDataProvider = DataProvider & {
  graphql<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
};

/** The variables of an operation: may be left out when it has no required one. */
type VariablesArgument<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * Runs one contract operation that no react-admin method covers (the cruscotto's indicators, an
 * indicator preview, adding a household member): one of src/operations/*.graphql, whose answer
 * and variables are typed from the supergraph (src/generated/graphql.ts). Through
 * `useDataProvider`, so a 401 ends the session like any other call. Use it inside react-query
 * (`useQuery`/`useMutation`).
 */
export function useGraphQL() {
  const dataProvider = useDataProvider<SisaDataProvider>();
  return useCallback(
    <R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesArgument<V>) =>
      dataProvider.graphql<R>(
        document.toString(),
        variables as Record<string, unknown> | undefined,
      ),
    [dataProvider],
  );
}
