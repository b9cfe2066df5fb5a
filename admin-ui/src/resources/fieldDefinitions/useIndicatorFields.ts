import { useQuery } from '@tanstack/react-query';
import { CONFIGURATION_QUERY_KEY } from '../../common/customFields';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import {
  IndicatorFieldsDocument,
  type ConfigurableEntity,
  type IndicatorFieldsQuery,
} from '../../generated/graphql';

export type IndicatorField = IndicatorFieldsQuery['indicatorFields'][number];

/**
 * The fields of an entity that conditions and indicators may name: built-in ones and the comune's
 * custom fields (`customFields.<key>`), from `indicatorFields(entity)`.
 */
export function useIndicatorFields(entity: string | undefined) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: [...CONFIGURATION_QUERY_KEY, 'indicatorFields', entity],
    enabled: Boolean(entity),
    staleTime: Infinity,
    queryFn: () =>
      graphql(IndicatorFieldsDocument, { entity: entity as ConfigurableEntity }).then(
        (d) => d.indicatorFields,
      ),
  });
}
