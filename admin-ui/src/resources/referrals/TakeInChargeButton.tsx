import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { Button, useCreatePath, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { useAllowed } from '../../auth/useAllowed';
import type { ReferralRecord } from './types';

/**
 * Prendi in carico: a referral accepted or in triage, about a registry subject and not yet in a
 * case, opens the new case's form with the person and the referral filled.
 */
export function TakeInChargeButton() {
  const referral = useRecordContext<ReferralRecord>();
  const canOpen = useAllowed('socialCases', 'create');
  const createPath = useCreatePath();
  if (!referral || !canOpen || !referral.subject || referral.socialCase) return null;
  if (referral.status !== 'ACCEPTED' && referral.status !== 'IN_TRIAGE') return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'socialCases', type: 'create' })}
      state={{ record: { subjectId: referral.subject.id, referralId: referral.id } }}
      label="resources.socialCases.action.takeInCharge"
    >
      <FolderSharedIcon />
    </Button>
  );
}
