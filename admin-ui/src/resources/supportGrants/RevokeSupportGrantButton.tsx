import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useUpdate } from 'react-admin';

/** Revokes a grant after a confirmation (`revokeSupportGrant`): it stops working at once. */
export function RevokeSupportGrantButton() {
  const record = useRecordContext<{ id: string; granteeUsername: string; active: boolean }>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'supportGrants', action: 'revoke' });
  if (!record || !canAccess || !record.active) return null;
  const revoke = () =>
    update(
      'supportGrants',
      { id: record.id, data: {}, previousData: record, meta: { action: 'revoke' } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('resources.supportGrants.revoke.done', { type: 'success' });
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <>
      <Button
        label="resources.supportGrants.revoke.action"
        color="error"
        onClick={() => setOpen(true)}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.supportGrants.revoke.title"
        titleTranslateOptions={{ name: record.granteeUsername }}
        content="resources.supportGrants.revoke.content"
        confirm="resources.supportGrants.revoke.action"
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
