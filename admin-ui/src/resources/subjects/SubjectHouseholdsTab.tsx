import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useGetManyReference, useRecordContext, useTranslate } from 'react-admin';
import { formatAmount, formatDay } from '../../i18n/format';
import type { HouseholdRecord } from '../households/householdTypes';
import { useRelationshipLabel } from '../households/useRelationshipLabel';
import { SubjectPartTable } from './SubjectPartTable';

/** Nuclei: the households the subject belongs to today, with its relationship and the ISEE. */
export function SubjectHouseholdsTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const relationship = useRelationshipLabel();
  const { data, isPending, error } = useGetManyReference<HouseholdRecord>('households', {
    target: 'memberId',
    id: record?.id as string,
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const own = (household: HouseholdRecord) =>
    household.members.find((m) => m.subject.id === record?.id);
  return (
    <SubjectPartTable
      caption="resources.subjects.tabs.households"
      empty="resources.subjects.empty.households"
      rows={data}
      isPending={isPending}
      error={error}
      columns={[
        {
          label: 'resources.households.fields.members',
          render: (h) => (
            <Link component={RouterLink} to={`/households/${h.id}/show`}>
              {h.members.map((m) => `${m.subject.lastName} ${m.subject.firstName}`).join(', ')}
            </Link>
          ),
        },
        {
          label: 'resources.households.fields.relationship',
          render: (h) => relationship(own(h)?.relationship),
        },
        { label: 'resources.households.fields.since', render: (h) => formatDay(own(h)?.since) },
        {
          label: 'resources.households.fields.isee',
          render: (h) =>
            h.isee
              ? translate('resources.households.isee.valid_until', {
                  amount: formatAmount(h.isee.isee),
                  date: formatDay(h.isee.validUntil),
                })
              : translate('resources.households.isee.none'),
        },
      ]}
    />
  );
}
