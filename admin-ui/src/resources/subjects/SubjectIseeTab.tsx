import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { SubjectIseeDocument } from '../../generated/graphql';
import { IseeTable } from '../households/IseeTable';

/** ISEE: the attestations of the households the subject belongs to, newest DSU first. */
export function SubjectIseeTab() {
  const record = useRecordContext();
  const graphql = useGraphQL();
  const { data, isPending, error } = useQuery({
    queryKey: ['households', 'iseeOfMember', record?.id],
    enabled: Boolean(record?.id),
    queryFn: () =>
      graphql(SubjectIseeDocument, { memberId: record?.id }).then((d) =>
        d.households.items
          .flatMap((h) => h.iseeHistory)
          .sort((a, b) => b.dsuDate.localeCompare(a.dsuDate)),
      ),
  });
  return <IseeTable rows={data} isPending={isPending} error={error} />;
}
