import { useQuery } from '@tanstack/react-query';
import { CONFIGURATION_QUERY_KEY } from '../../common/customFields';
import { useGraphQL } from '../../dataProvider/useGraphQL';

export interface IndicatorField {
  name: string;
  label: string;
  type: 'TEXT' | 'NUMBER' | 'DATE' | 'BOOLEAN';
  multiple: boolean;
}

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
      graphql<{ indicatorFields: IndicatorField[] }>(
        'query indicatorFields($entity: ConfigurableEntity!) { indicatorFields(entity: $entity) { name label type multiple } }',
        { entity },
      ).then((d) => d.indicatorFields),
  });
}
