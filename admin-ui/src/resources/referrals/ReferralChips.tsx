import type { ReferralStatus, ReferralUrgency } from '@sisa/rules';
import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip, type StatusTone } from '../../common/StatusChip';
import type { ReferralRow } from './types';

const URGENCY_TONES: Record<ReferralUrgency, StatusTone> = {
  URGENT: 'danger',
  HIGH: 'warning',
  MEDIUM: 'info',
  LOW: 'neutral',
};

const STATUS_TONES: Record<ReferralStatus, StatusTone> = {
  RECEIVED: 'strong',
  IN_TRIAGE: 'warning',
  ACCEPTED: 'success',
  NOT_ACCEPTED: 'neutral',
};

export function UrgencyChip({ urgency }: { urgency: ReferralUrgency }) {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`resources.referrals.urgency.${urgency}`)}
      tone={URGENCY_TONES[urgency]}
    />
  );
}

export function ReferralStatusChip({ status }: { status: ReferralStatus }) {
  const translate = useTranslate();
  // A new chip per status: MUI's background transition would show the old colour for a moment
  // under the new text.
  return (
    <StatusChip
      key={status}
      label={translate(`resources.referrals.status.${status}`)}
      tone={STATUS_TONES[status]}
    />
  );
}

/** The record's urgency, as a list column. */
export function UrgencyField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<ReferralRow>();
  return record ? <UrgencyChip urgency={record.urgency} /> : null;
}

/** The record's status, as a list column. */
export function ReferralStatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<ReferralRow>();
  return record ? <ReferralStatusChip status={record.status} /> : null;
}
