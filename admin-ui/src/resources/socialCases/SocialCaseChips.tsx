import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip, type StatusTone } from '../../common/StatusChip';
import type { SocialCaseStatus } from '../../generated/graphql';
import type { SocialCaseRow } from './types';

const STATUS_TONES: Record<SocialCaseStatus, StatusTone> = {
  OPEN: 'success',
  SUSPENDED: 'warning',
  CLOSED: 'neutral',
};

export function CaseStatusChip({ status }: { status: SocialCaseStatus }) {
  const translate = useTranslate();
  // A new chip per status: MUI's transition would show the old colour under the new text.
  return (
    <StatusChip
      key={status}
      label={translate(`resources.socialCases.status.${status}`)}
      tone={STATUS_TONES[status]}
    />
  );
}

/** The record's status, as a list column. */
export function CaseStatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SocialCaseRow>();
  return record ? <CaseStatusChip status={record.status} /> : null;
}
