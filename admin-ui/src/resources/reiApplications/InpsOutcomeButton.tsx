import GavelIcon from '@mui/icons-material/Gavel';
import { useState } from 'react';
import {
  Button,
  DateInput,
  RadioButtonGroupInput,
  required,
  TextInput,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { ConsoleRecordInpsOutcomeDocument, type InpsOutcomeInput } from '../../generated/graphql';
import type { ReiApplicationRecord } from './types';
import { useApplicationOperation } from './useApplicationOperation';

const a = (key: string) => `resources.reiApplications.action.${key}`;

/** Registra esito INPS: accepted or rejected, on which date, with INPS's reference. */
export function InpsOutcomeButton({ application }: { application: ReiApplicationRecord }) {
  const [open, setOpen] = useState(false);
  const run = useApplicationOperation();
  const notify = useNotify();
  const translate = useTranslate();
  return (
    <>
      <Button label={a('inpsOutcome')} onClick={() => setOpen(true)}>
        <GavelIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={a('inpsOutcomeTitle')}
        submitLabel={a('inpsOutcome')}
        defaultValues={{ outcome: 'ACCEPTED', decidedOn: '', reference: '', note: '' }}
        inputs={['outcome', 'decidedOn', 'reference', 'note']}
        onSubmit={async (values) => {
          const input = {
            outcome: values.outcome,
            decidedOn: values.decidedOn,
            reference: values.reference || null,
            note: values.note || null,
          } as InpsOutcomeInput;
          const updated = await run(ConsoleRecordInpsOutcomeDocument, application, { input });
          notify(a('inpsOutcomeDone'), {
            type: 'success',
            messageArgs: {
              status: translate(`resources.reiApplications.status.${updated.status}`),
            },
          });
        }}
      >
        <RadioButtonGroupInput
          source="outcome"
          label={a('outcome')}
          choices={[
            { id: 'ACCEPTED', name: a('outcome_ACCEPTED') },
            { id: 'REJECTED', name: a('outcome_REJECTED') },
          ]}
          validate={required()}
        />
        <DateInput source="decidedOn" label={a('decidedOn')} validate={required()} />
        <TextInput source="reference" label={a('reference')} fullWidth />
        <TextInput
          source="note"
          label={a('outcomeNote')}
          helperText={application.status === 'REJECTED' ? a('outcomeNoteHelper') : false}
          multiline
          fullWidth
        />
      </ActionDialog>
    </>
  );
}
