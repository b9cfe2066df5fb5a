import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useUpdate } from 'react-admin';
import type { SocialBenefitRecord } from './types';
import { useAllowed } from '../../auth/useAllowed';

/** Annulla il record (`cancelSocialBenefit`); if INPS has it, the next transmission cancels it there. */
export function CancelBenefitButton() {
  const record = useRecordContext<SocialBenefitRecord>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const canEdit = useAllowed('socialBenefits', 'edit');
  if (!record || !canEdit || record.status === 'CANCELLED') return null;
  const cancel = () =>
    update(
      'socialBenefits',
      { id: record.id, data: {}, previousData: record, meta: { action: 'cancel' } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('resources.socialBenefits.action.cancelDone', { type: 'success' });
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <>
      <Button
        label="resources.socialBenefits.action.cancel"
        color="error"
        onClick={() => setOpen(true)}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.socialBenefits.action.cancelTitle"
        content="resources.socialBenefits.action.cancelContent"
        confirm="resources.socialBenefits.action.cancel"
        onConfirm={cancel}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
