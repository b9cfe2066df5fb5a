import { useQuery } from '@tanstack/react-query';
import { CONFIGURATION_QUERY_KEY } from '../../common/customFields';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ValueListDocument, type ValueListQuery } from '../../generated/graphql';

export type ValueListRecord = NonNullable<ValueListQuery['valueList']>;

/** One value list with its items, by key (`valueList(key)`). */
export function useValueListByKey(key: string | undefined) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: [...CONFIGURATION_QUERY_KEY, 'valueList', key],
    enabled: Boolean(key),
    queryFn: () => graphql(ValueListDocument, { key: key ?? '' }).then((d) => d.valueList),
  });
}
