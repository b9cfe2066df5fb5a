import { useTranslate } from 'react-admin';
import { formatAmount, formatDay } from '../../i18n/format';
import { SubjectPartTable } from '../subjects/SubjectPartTable';
import type { IseeRecord } from './householdTypes';

/** ISEE attestations, newest DSU first: amounts as € 1.234,56 from the Decimal strings. */
export function IseeTable({
  rows,
  isPending = false,
  error = null,
  caption = 'resources.households.isee.history',
}: {
  rows: IseeRecord[] | null | undefined;
  isPending?: boolean;
  error?: unknown;
  caption?: string;
}) {
  const translate = useTranslate();
  return (
    <SubjectPartTable
      caption={caption}
      empty="resources.households.isee.none"
      rows={rows}
      isPending={isPending}
      error={error}
      columns={[
        { label: 'resources.households.isee.dsuProtocol', render: (r) => r.dsuProtocol ?? '' },
        { label: 'resources.households.isee.dsuDate', render: (r) => formatDay(r.dsuDate) },
        {
          label: 'resources.households.isee.kind',
          render: (r) => translate(`resources.households.isee_kind.${r.kind}`),
        },
        { label: 'resources.households.isee.isee', render: (r) => formatAmount(r.isee) },
        { label: 'resources.households.isee.isre', render: (r) => formatAmount(r.isre) },
        { label: 'resources.households.isee.householdSize', render: (r) => r.householdSize ?? '' },
        { label: 'resources.households.isee.validUntil', render: (r) => formatDay(r.validUntil) },
      ]}
    />
  );
}
