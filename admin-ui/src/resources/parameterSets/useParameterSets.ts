import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ParameterSetsDocument, type ParameterSetsQuery } from '../../generated/graphql';

/** A dated parameter set; its `values` (JSON) are always an object of the measure's parameters. */
export type ParameterSet = Omit<ParameterSetsQuery['parameterSets'][number], 'values'> & {
  values: Record<string, unknown>;
};

/** The dated parameter sets of a measure (REI-2017, REI-2018, …), oldest first. */
export function useParameterSets(measure: string) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['parameterSets', measure],
    queryFn: () =>
      graphql(ParameterSetsDocument, { measure }).then((d) => d.parameterSets as ParameterSet[]),
  });
}
