import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useGraphQL } from '../dataProvider/useGraphQL';
import { ConsoleValueListsDocument } from '../generated/graphql';
import { choicesOf, CONFIGURATION_QUERY_KEY } from './customFields';

export interface Choice {
  id: string;
  name: string;
}

/**
 * The active items of the tenant's value lists `keys` (rei_problem, siuss_service…) as
 * react-admin choices, by list key; cached with the rest of the configuration.
 * `label(key, code)` names any code, inactive ones included, for show pages.
 */
export function useValueListChoices(keys: readonly string[]) {
  const graphql = useGraphQL();
  const sorted = useMemo(() => [...keys].sort(), [keys]);
  const query = useQuery({
    queryKey: [...CONFIGURATION_QUERY_KEY, 'valueLists', sorted],
    queryFn: () =>
      graphql(ConsoleValueListsDocument, { keys: sorted }).then((data) => data.valueLists),
    staleTime: Infinity,
  });
  return useMemo(() => {
    const lists = new Map((query.data ?? []).map((list) => [list.key, list.items]));
    return {
      isPending: query.isPending,
      choices: (key: string): Choice[] => choicesOf(lists.get(key)),
      label: (key: string, code: string | null | undefined): string =>
        code ? (lists.get(key)?.find((item) => item.code === code)?.label ?? code) : '',
    };
  }, [query.data, query.isPending]);
}
