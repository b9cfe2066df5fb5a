import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatAmount, formatDay } from '../../i18n/format';
import { SubjectPartTable } from './SubjectPartTable';
import { SubjectSocialBenefitsDocument } from '../../generated/graphql';
import { useSubjectPart } from './useSubjectPart';

/**
 * The subject's SIUSS benefit records (siuss subgraph, by codice fiscale, through federation):
 * the page's subject, or `subjectId` (a case's person).
 */
export function SubjectBenefitsTab({ subjectId }: { subjectId?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const part = useSubjectPart(
    subjectId ?? (record?.id as string | undefined),
    'socialBenefits',
    SubjectSocialBenefitsDocument,
    (subject) => subject.socialBenefits,
  );
  return (
    <SubjectPartTable
      caption="resources.subjects.tabs.benefits"
      empty="resources.subjects.empty.benefits"
      rows={part.data}
      isPending={part.isPending}
      error={part.error}
      columns={[
        {
          label: 'resources.subjects.benefits.service',
          render: (row) => (
            <Link component={RouterLink} to={`/socialBenefits/${row.id}/show`}>
              {row.serviceCode} – {row.serviceName}
            </Link>
          ),
        },
        {
          label: 'resources.subjects.benefits.status',
          render: (row) =>
            translate(`resources.subjects.benefit_status.${row.status}`, { _: row.status }),
        },
        {
          label: 'resources.subjects.benefits.period',
          render: (row) => formatDay(row.startDate ?? row.paymentDate),
        },
        { label: 'resources.subjects.benefits.amount', render: (row) => formatAmount(row.amount) },
      ]}
    />
  );
}
