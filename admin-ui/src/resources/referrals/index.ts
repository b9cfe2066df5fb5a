import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import { personText, type ReferralRow } from './types';

// The whole title fits the app bar, on a phone in two lines.
const MAX_TITLE = 28;

/**
 * `referrals`: segnalazioni (casework subgraph), the caseworkers' inbox: the most urgent first,
 * then the oldest; each is taken into triage, linked to a registry subject, accepted or not.
 */
export const referrals = {
  list: lazy(() => import('./ReferralList')),
  show: lazy(() => import('./ReferralShow')),
  create: lazy(() => import('./ReferralCreate')),
  icon: NotificationImportantIcon,
  recordRepresentation: (record: ReferralRow) => {
    const text = personText(record);
    return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
  },
} satisfies Omit<ResourceProps, 'name'>;
