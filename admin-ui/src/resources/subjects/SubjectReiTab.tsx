import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatAmount, formatDay } from '../../i18n/format';
import { SubjectPartTable } from './SubjectPartTable';
import { SubjectReiApplicationsDocument } from '../../generated/graphql';
import { useSubjectPart } from './useSubjectPart';

/** The subject's REI applications (rei subgraph, through federation), linked to their pages. */
export function SubjectReiTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const part = useSubjectPart(
    record?.id as string | undefined,
    'reiApplications',
    SubjectReiApplicationsDocument,
    (subject) => subject.reiApplications,
  );
  return (
    <SubjectPartTable
      caption="resources.subjects.tabs.rei"
      empty="resources.subjects.empty.rei"
      rows={part.data}
      isPending={part.isPending}
      error={part.error}
      columns={[
        {
          label: 'resources.subjects.rei.protocolNumber',
          render: (row) => (
            <Link component={RouterLink} to={`/reiApplications/${row.id}/show`}>
              {row.protocolNumber}
            </Link>
          ),
        },
        {
          label: 'resources.subjects.rei.status',
          render: (row) =>
            translate(`resources.subjects.rei_status.${row.status}`, { _: row.status }),
        },
        {
          label: 'resources.subjects.rei.submittedAt',
          render: (row) => formatDay(row.submittedAt),
        },
        {
          label: 'resources.subjects.rei.monthlyAmount',
          render: (row) => formatAmount(row.monthlyAmount),
        },
        {
          label: 'resources.subjects.rei.nextDue',
          render: (row) =>
            `${formatDay(row.deadlines.nextDue)}${row.deadlines.overdue ? ` (${translate('resources.subjects.rei.overdue')})` : ''}`,
        },
      ]}
    />
  );
}
