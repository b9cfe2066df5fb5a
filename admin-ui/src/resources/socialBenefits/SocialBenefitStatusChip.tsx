import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip, type StatusTone } from '../../common/StatusChip';
import type { SocialBenefitRecord, SocialBenefitStatus } from './types';

const TONES: Record<SocialBenefitStatus, StatusTone> = {
  DRAFT: 'neutral',
  VALID: 'info',
  INVALID: 'warning',
  TRANSMITTED: 'success',
  CANCELLED: 'neutral',
};

export function SocialBenefitStatusChip({ status }: { status: SocialBenefitStatus }) {
  const translate = useTranslate();
  return (
    <StatusChip
      label={translate(`resources.socialBenefits.status.${status}`)}
      tone={TONES[status]}
    />
  );
}

/** The record's status, and how many issues keep it from being sent. */
export function SocialBenefitStatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SocialBenefitRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <SocialBenefitStatusChip status={record.status} />
      {record.issues.length > 0 && (
        <StatusChip
          tone="warning"
          label={translate('resources.socialBenefits.issues.count', {
            smart_count: record.issues.length,
          })}
        />
      )}
    </>
  );
}
