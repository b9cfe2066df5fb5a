import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useState } from 'react';
import { Button, required, SelectInput, TextInput, useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { ConsoleTransitionReiApplicationDocument, type ReiStatus } from '../../generated/graphql';
import type { ReiApplicationRecord } from './types';
import { useApplicationOperation } from './useApplicationOperation';

const a = (key: string) => `resources.reiApplications.action.${key}`;

/**
 * Cambia stato: suspension, resumption, revocation or end, always with a reason. The statuses
 * offered are those the server lists as reachable (`manualTransitions`); if the application
 * changed meanwhile, the server's refusal is shown as it says it.
 */
export function TransitionButton({ application }: { application: ReiApplicationRecord }) {
  const [open, setOpen] = useState(false);
  const run = useApplicationOperation();
  const notify = useNotify();
  const translate = useTranslate();
  if (application.manualTransitions.length === 0) return null;
  return (
    <>
      <Button label={a('transition')} onClick={() => setOpen(true)}>
        <SwapHorizIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={a('transitionTitle')}
        submitLabel={a('transition')}
        defaultValues={{ to: application.manualTransitions[0], note: '' }}
        inputs={['to', 'note']}
        onSubmit={async (values) => {
          const updated = await run(ConsoleTransitionReiApplicationDocument, application, {
            to: values.to as ReiStatus,
            note: values.note as string | null,
          });
          notify(a('transitionDone'), {
            type: 'success',
            messageArgs: {
              status: translate(`resources.reiApplications.status.${updated.status}`),
            },
          });
        }}
      >
        <SelectInput
          source="to"
          label={a('transitionTo')}
          choices={application.manualTransitions.map((status) => ({
            id: status,
            name: `resources.reiApplications.status.${status}`,
          }))}
          validate={required()}
          fullWidth
        />
        <TextInput
          source="note"
          label={a('transitionNote')}
          helperText={a('transitionNoteHelper')}
          multiline
          minRows={2}
          fullWidth
          validate={required()}
        />
      </ActionDialog>
    </>
  );
}
