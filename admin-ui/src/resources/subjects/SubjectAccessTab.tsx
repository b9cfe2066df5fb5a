import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { SubjectAccessLogDocument } from '../../generated/graphql';
import { formatInstant } from '../../i18n/format';
import { SubjectPartTable } from './SubjectPartTable';

/** Accessi (tenant admins): who read this subject's record, when and through which operation. */
export function SubjectAccessTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const graphql = useGraphQL();
  const { data, isPending, error } = useQuery({
    queryKey: ['subjects', 'accessLog', record?.id],
    enabled: Boolean(record?.id),
    queryFn: () =>
      graphql(SubjectAccessLogDocument, { subjectId: record?.id }).then(
        (d) => d.subjectAccessLog.items,
      ),
  });
  return (
    <SubjectPartTable
      caption="resources.subjects.tabs.accesses"
      empty="resources.subjects.empty.accesses"
      rows={data}
      isPending={isPending}
      error={error}
      columns={[
        { label: 'resources.subjects.access.at', render: (r) => formatInstant(r.at) },
        { label: 'resources.subjects.access.actor', render: (r) => r.actor },
        {
          label: 'resources.subjects.access.via',
          render: (r) => translate(`resources.subjects.access.via_${r.via}`, { _: r.via }),
        },
      ]}
    />
  );
}
