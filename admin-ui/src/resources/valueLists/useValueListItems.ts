import { useQuery } from '@tanstack/react-query';
import type { ValueListItem } from '../../common/customFields';
import { CONFIGURATION_QUERY_KEY } from '../../common/customFields';
import { useGraphQL } from '../../dataProvider/useGraphQL';

export interface ValueListRecord {
  id: string;
  key: string;
  label: string;
  system: boolean;
  items: ValueListItem[];
}

/** One value list with its items, by key (`valueList(key)`). */
export function useValueListByKey(key: string | undefined) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: [...CONFIGURATION_QUERY_KEY, 'valueList', key],
    enabled: Boolean(key),
    queryFn: () =>
      graphql<{ valueList: ValueListRecord | null }>(
        'query valueList($key: String!) { valueList(key: $key) { id: key key label system items { code label active position } } }',
        { key },
      ).then((d) => d.valueList),
  });
}
