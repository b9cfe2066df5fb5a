import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip, type StatusTone } from '../../common/StatusChip';
import type { CheckOutcome, ReiStatus } from './types';

const STATUS_TONES: Record<ReiStatus, StatusTone> = {
  DRAFT: 'neutral',
  CHECKS_PASSED: 'info',
  CHECKS_FAILED: 'warning',
  SENT_TO_INPS: 'strong',
  ACCEPTED: 'success',
  REJECTED: 'danger',
  SUSPENDED: 'warning',
  REVOKED: 'danger',
  ENDED: 'neutral',
};

const OUTCOME_TONES: Record<CheckOutcome, StatusTone> = {
  PASSED: 'success',
  FAILED: 'danger',
  NOT_VERIFIABLE: 'warning',
  NOT_APPLICABLE: 'neutral',
};

export function ReiStatusChip({ status }: { status: ReiStatus }) {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`resources.reiApplications.status.${status}`)}
      tone={STATUS_TONES[status]}
    />
  );
}

/** The record's status, for lists and show pages. */
export function ReiStatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ status: ReiStatus }>();
  return record ? <ReiStatusChip status={record.status} /> : null;
}

export function CheckOutcomeChip({ outcome }: { outcome: CheckOutcome }) {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`resources.reiApplications.outcome.${outcome}`)}
      tone={OUTCOME_TONES[outcome]}
    />
  );
}
