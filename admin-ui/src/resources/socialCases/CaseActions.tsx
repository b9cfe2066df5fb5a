import LockIcon from '@mui/icons-material/Lock';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useState } from 'react';
import { Button, DateInput, required, TextInput, useNotify, useRecordContext } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { todayInItaly } from '../../common/today';
import {
  ConsoleCloseSocialCaseDocument,
  ConsoleReopenSocialCaseDocument,
  ConsoleSuspendSocialCaseDocument,
} from '../../generated/graphql';
import { directsCase, type SocialCaseRecord } from './types';
import { useCaseOperation } from './useCaseOperation';

const a = (key: string) => `resources.socialCases.action.${key}`;

/** Sospendi / Riapri: one click, on the version read. */
function SimpleActionButton({
  socialCase,
  action,
}: {
  socialCase: SocialCaseRecord;
  action: 'suspend' | 'reopen';
}) {
  const run = useCaseOperation();
  const notify = useNotify();
  const [running, setRunning] = useState(false);
  const go = async () => {
    setRunning(true);
    try {
      const document =
        action === 'suspend' ? ConsoleSuspendSocialCaseDocument : ConsoleReopenSocialCaseDocument;
      await run(document, { id: socialCase.id, expectedVersion: socialCase.version });
      notify(a(`${action}Done`), { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button label={a(action)} onClick={() => void go()} disabled={running}>
      {action === 'suspend' ? <PauseIcon /> : <PlayArrowIcon />}
    </Button>
  );
}

/** Chiudi: with the date and the reason. */
function CloseButton({ socialCase }: { socialCase: SocialCaseRecord }) {
  const [open, setOpen] = useState(false);
  const run = useCaseOperation();
  const notify = useNotify();
  return (
    <>
      <Button label={a('close')} onClick={() => setOpen(true)} color="error">
        <LockIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={a('closeTitle')}
        submitLabel={a('close')}
        // Not `closedAt`: the form would take the case's own (null) over this default.
        defaultValues={{ closingDate: todayInItaly(), reason: '' }}
        inputs={['closingDate', 'reason']}
        onSubmit={async (values) => {
          await run(ConsoleCloseSocialCaseDocument, {
            id: socialCase.id,
            closedAt: String(values.closingDate ?? ''),
            reason: String(values.reason ?? ''),
            expectedVersion: socialCase.version,
          });
          notify(a('closeDone'), { type: 'success' });
        }}
      >
        <DateInput source="closingDate" label={a('closedAt')} validate={required()} />
        <TextInput
          source="reason"
          label={a('reason')}
          multiline
          minRows={3}
          fullWidth
          validate={required()}
        />
      </ActionDialog>
    </>
  );
}

/** What who directs the case (its responsible, a service supervisor) can do with it. */
export function CaseActions() {
  const socialCase = useRecordContext<SocialCaseRecord>();
  if (!socialCase || !('team' in socialCase) || !directsCase(socialCase)) return null;
  return (
    <>
      {socialCase.status === 'OPEN' && (
        <SimpleActionButton socialCase={socialCase} action="suspend" />
      )}
      {socialCase.status !== 'CLOSED' && <CloseButton socialCase={socialCase} />}
      {socialCase.status !== 'OPEN' && (
        <SimpleActionButton socialCase={socialCase} action="reopen" />
      )}
    </>
  );
}
