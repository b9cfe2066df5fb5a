import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import LinkIcon from '@mui/icons-material/Link';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { isReferralDecided } from '@sisa/rules';
import { useState } from 'react';
import { Button, required, TextInput, useNotify, useRecordContext } from 'react-admin';
import { useAllowed } from '../../auth/useAllowed';
import { ActionDialog } from '../../common/ActionDialog';
import {
  ConsoleLinkReferralSubjectDocument,
  ConsoleStartReferralTriageDocument,
  ConsoleTriageReferralDocument,
  type TriageDecision,
} from '../../generated/graphql';
import { SubjectPicker } from './SubjectPicker';
import type { ReferralRecord } from './types';
import { useReferralOperation } from './useReferralOperation';

const a = (key: string) => `resources.referrals.action.${key}`;

/** Prendi in valutazione: a referral just received. */
function StartTriageButton({ referral }: { referral: ReferralRecord }) {
  const run = useReferralOperation();
  const notify = useNotify();
  const [running, setRunning] = useState(false);
  if (referral.status !== 'RECEIVED') return null;
  const start = async () => {
    setRunning(true);
    try {
      await run(ConsoleStartReferralTriageDocument, { id: referral.id });
      notify(a('startTriageDone'), { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button label={a('startTriage')} onClick={() => void start()} disabled={running}>
      <PlayArrowIcon />
    </Button>
  );
}

/** Collega soggetto: the person found in (or just added to) the anagrafica. */
function LinkSubjectButton({ referral }: { referral: ReferralRecord }) {
  const [open, setOpen] = useState(false);
  const run = useReferralOperation();
  const notify = useNotify();
  return (
    <>
      <Button label={a('linkSubject')} onClick={() => setOpen(true)}>
        <LinkIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={a('linkSubjectTitle')}
        submitLabel={a('linkSubject')}
        description={referral.personDescription}
        defaultValues={{ subjectId: referral.subject?.id ?? null }}
        inputs={['subjectId']}
        onSubmit={async (values) => {
          await run(ConsoleLinkReferralSubjectDocument, {
            id: referral.id,
            subjectId: values.subjectId as string,
          });
          notify(a('linkSubjectDone'), { type: 'success' });
        }}
      >
        {open && <SubjectPicker validate={required()} />}
      </ActionDialog>
    </>
  );
}

/** Accogli / Non accogliere, with a note (required when not accepted). */
function TriageButton({
  referral,
  decision,
}: {
  referral: ReferralRecord;
  decision: TriageDecision;
}) {
  const [open, setOpen] = useState(false);
  const run = useReferralOperation();
  const notify = useNotify();
  const accept = decision === 'ACCEPT';
  const key = accept ? 'accept' : 'notAccept';
  return (
    <>
      <Button label={a(key)} onClick={() => setOpen(true)} color={accept ? 'primary' : 'error'}>
        {accept ? <CheckCircleIcon /> : <DoNotDisturbIcon />}
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={a(`${key}Title`)}
        submitLabel={a(key)}
        description={accept && !referral.subject ? a('acceptNeedsSubject') : undefined}
        defaultValues={{ note: '' }}
        inputs={['note']}
        onSubmit={async (values) => {
          const note = typeof values.note === 'string' && values.note.trim() ? values.note : null;
          await run(ConsoleTriageReferralDocument, { id: referral.id, decision, note });
          notify(a(`${key}Done`), { type: 'success' });
        }}
      >
        <TextInput
          source="note"
          label={a('note')}
          helperText={a(accept ? 'noteOptional' : 'noteRequired')}
          multiline
          minRows={3}
          fullWidth
          validate={accept ? undefined : required()}
        />
      </ActionDialog>
    </>
  );
}

/** What can be done on a referral still to be decided; nothing once accepted or not. */
export function ReferralActions() {
  const referral = useRecordContext<ReferralRecord>();
  const canWrite = useAllowed('referrals', 'edit');
  if (!referral || !canWrite || isReferralDecided(referral.status)) return null;
  return (
    <>
      <StartTriageButton referral={referral} />
      <LinkSubjectButton referral={referral} />
      <TriageButton referral={referral} decision="ACCEPT" />
      <TriageButton referral={referral} decision="NOT_ACCEPT" />
    </>
  );
}
