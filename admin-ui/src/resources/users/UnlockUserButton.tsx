import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, useNotify, useRecordContext, useUpdate } from 'react-admin';
import { useAllowed } from '../../auth/useAllowed';

export const isLocked = (record?: { lockedUntil?: string | null }) =>
  Boolean(record?.lockedUntil && Date.parse(record.lockedUntil) > Date.now());

/** Unlocks a user locked out by too many failed logins (`unlockUser`). Shown only when locked. */
export function UnlockUserButton() {
  const record = useRecordContext<{ id: string; username: string; lockedUntil?: string | null }>();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const canUnlock = useAllowed('users', 'unlock');
  if (!record || !canUnlock || !isLocked(record)) return null;
  const unlock = () =>
    update(
      'users',
      { id: record.id, data: {}, previousData: record, meta: { action: 'unlock' } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('resources.users.unlock.done', { type: 'success' }),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <Button label="resources.users.unlock.action" onClick={unlock} disabled={isPending}>
      <LockOpenIcon />
    </Button>
  );
}
