import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleCaseAccessLogDocument } from '../../generated/graphql';

/**
 * The case's access log: read by its responsible, supervisors and admins; anyone else is answered
 * FORBIDDEN, and then the page shows no Accessi tab (`forbidden`).
 */
export function useCaseAccessLog(caseId: string | undefined) {
  const graphql = useGraphQL();
  const query = useQuery({
    queryKey: ['socialCases', 'accessLog', caseId],
    enabled: Boolean(caseId),
    retry: false,
    queryFn: () =>
      graphql(ConsoleCaseAccessLogDocument, { caseId: caseId ?? '' }).then(
        (r) => r.caseAccessLog.items,
      ),
  });
  // Hidden until the server has answered, and for good on its refusal.
  const forbidden = !caseId || Boolean(query.error) || query.isPending;
  return { data: query.data, isPending: query.isPending, error: query.error, forbidden };
}
