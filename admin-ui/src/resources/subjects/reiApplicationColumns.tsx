import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { TranslateFunction } from 'react-admin';
import type { ReiApplicationSummaryFragment } from '../../generated/graphql';
import { formatAmount, formatDay } from '../../i18n/format';

/** The columns of a table of REI applications (a subject's, a case's), linked to their pages. */
export function reiApplicationColumns(translate: TranslateFunction) {
  return [
    {
      label: 'resources.subjects.rei.protocolNumber',
      render: (row: ReiApplicationSummaryFragment) => (
        <Link component={RouterLink} to={`/reiApplications/${row.id}/show`}>
          {row.protocolNumber}
        </Link>
      ),
    },
    {
      label: 'resources.subjects.rei.status',
      render: (row: ReiApplicationSummaryFragment) =>
        translate(`resources.subjects.rei_status.${row.status}`, { _: row.status }),
    },
    {
      label: 'resources.subjects.rei.submittedAt',
      render: (row: ReiApplicationSummaryFragment) => formatDay(row.submittedAt),
    },
    {
      label: 'resources.subjects.rei.monthlyAmount',
      render: (row: ReiApplicationSummaryFragment) => formatAmount(row.monthlyAmount),
    },
    {
      label: 'resources.subjects.rei.nextDue',
      render: (row: ReiApplicationSummaryFragment) =>
        `${formatDay(row.deadlines.nextDue)}${row.deadlines.overdue ? ` (${translate('resources.subjects.rei.overdue')})` : ''}`,
    },
  ];
}
