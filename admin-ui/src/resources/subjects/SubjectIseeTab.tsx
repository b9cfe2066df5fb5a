import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import type { IseeRecord } from '../households/householdTypes';
import { IseeTable } from '../households/IseeTable';

const ISEE_OF_HOUSEHOLDS = `query subjectIsee($memberId: ID) {
  households(filter: { memberId: $memberId }, perPage: 50) {
    items { id iseeHistory { id dsuProtocol dsuDate kind validUntil isee isre householdSize } }
  }
}`;

/** ISEE: the attestations of the households the subject belongs to, newest DSU first. */
export function SubjectIseeTab() {
  const record = useRecordContext();
  const graphql = useGraphQL();
  const { data, isPending, error } = useQuery({
    queryKey: ['households', 'iseeOfMember', record?.id],
    enabled: Boolean(record?.id),
    queryFn: () =>
      graphql<{ households: { items: { iseeHistory: IseeRecord[] }[] } }>(ISEE_OF_HOUSEHOLDS, {
        memberId: record?.id,
      }).then((d) =>
        d.households.items
          .flatMap((h) => h.iseeHistory)
          .sort((a, b) => b.dsuDate.localeCompare(a.dsuDate)),
      ),
  });
  return <IseeTable rows={data} isPending={isPending} error={error} />;
}
