import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useUpdate } from 'react-admin';

/** Revokes an active client after a confirmation (`revokeApiClient`): its tokens stop working. */
export function RevokeApiClientButton() {
  const record = useRecordContext<{ id: string; name: string; active: boolean }>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'apiClients', action: 'revoke' });
  if (!record || !canAccess || !record.active) return null;
  const revoke = () =>
    update(
      'apiClients',
      { id: record.id, data: {}, previousData: record, meta: { action: 'revoke' } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('resources.apiClients.revoke.done', { type: 'success' });
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <>
      <Button
        label="resources.apiClients.revoke.action"
        color="error"
        onClick={() => setOpen(true)}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.apiClients.revoke.title"
        titleTranslateOptions={{ name: record.name }}
        content="resources.apiClients.revoke.content"
        confirm="resources.apiClients.revoke.action"
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
