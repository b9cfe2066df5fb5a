import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleCaseworkersDocument } from '../../generated/graphql';

/** Who may be responsible of a case or in its équipe (config `caseworkers`), as choices. */
export function useCaseworkers() {
  const graphql = useGraphQL();
  const query = useQuery({
    queryKey: ['socialCases', 'caseworkers'],
    queryFn: () => graphql(ConsoleCaseworkersDocument).then((data) => data.caseworkers),
    staleTime: 60_000,
  });
  return {
    isPending: query.isPending,
    choices: (query.data ?? []).map((user) => ({ id: user.id, name: user.fullName })),
  };
}
