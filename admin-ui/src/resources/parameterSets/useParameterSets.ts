import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../../dataProvider/useGraphQL';

export interface ParameterSet {
  id: string;
  code: string;
  measure: string;
  validFrom: string;
  validTo: string | null;
  values: Record<string, unknown>;
  updatedAt: string;
}

/** The dated parameter sets of a measure (REI-2017, REI-2018, …), oldest first. */
export function useParameterSets(measure: string) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['parameterSets', measure],
    queryFn: () =>
      graphql<{ parameterSets: ParameterSet[] }>(
        'query parameterSets($measure: String!) { parameterSets(measure: $measure) { id code measure validFrom validTo values updatedAt } }',
        { measure },
      ).then((d) => d.parameterSets),
  });
}
