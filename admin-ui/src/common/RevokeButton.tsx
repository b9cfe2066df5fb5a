import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useNotify,
  useRecordContext,
  useResourceContext,
  useUpdate,
} from 'react-admin';
import { useAllowed } from '../auth/useAllowed';

/**
 * Revokes an active record of the list's resource after a confirmation (its `revoke` action,
 * e.g. `revokeApiClient`, `revokeSupportGrant`): texts under `resources.<resource>.revoke`,
 * the confirmation titled with the record's `nameSource`.
 */
export function RevokeButton({ nameSource }: { nameSource: string }) {
  const resource = useResourceContext()!;
  const record = useRecordContext<{ id: string; active: boolean } & Record<string, unknown>>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const canRevoke = useAllowed(resource, 'revoke');
  if (!record || !canRevoke || !record.active) return null;
  const texts = `resources.${resource}.revoke`;
  const revoke = () =>
    update(
      resource,
      { id: record.id, data: {}, previousData: record, meta: { action: 'revoke' } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(`${texts}.done`, { type: 'success' });
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <>
      <Button label={`${texts}.action`} color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`${texts}.title`}
        titleTranslateOptions={{ name: String(record[nameSource] ?? '') }}
        content={`${texts}.content`}
        confirm={`${texts}.action`}
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
