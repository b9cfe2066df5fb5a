import { RadioButtonGroupInput, required, TextInput, useNotify, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { ConsoleRecordCheckDocument } from '../../generated/graphql';
import type { CheckOutcome, ReiApplicationRecord, RequirementCheck } from './types';
import { useApplicationOperation } from './useApplicationOperation';

const OUTCOMES: CheckOutcome[] = ['PASSED', 'FAILED', 'NOT_VERIFIABLE', 'NOT_APPLICABLE'];

/** A caseworker records the outcome of one requirement, saying how it was verified. */
export function RecordCheckDialog({
  application,
  check,
  onClose,
}: {
  application: ReiApplicationRecord;
  check: RequirementCheck | null;
  onClose: () => void;
}) {
  const run = useApplicationOperation();
  const notify = useNotify();
  const translate = useTranslate();
  if (!check) return null;
  return (
    <ActionDialog
      open
      onClose={onClose}
      title="resources.reiApplications.action.recordCheckTitle"
      titleOptions={{ label: check.label }}
      submitLabel="resources.reiApplications.action.recordCheck"
      defaultValues={{
        outcome: check.outcome === 'NOT_VERIFIABLE' ? 'PASSED' : check.outcome,
        note: '',
      }}
      inputs={['outcome', 'note']}
      onSubmit={async (values) => {
        const updated = await run(ConsoleRecordCheckDocument, application, {
          code: check.code,
          outcome: values.outcome as CheckOutcome,
          note: values.note as string | null,
        });
        notify('resources.reiApplications.action.recordCheckDone', {
          type: 'success',
          messageArgs: { status: translate(`resources.reiApplications.status.${updated.status}`) },
        });
      }}
    >
      <RadioButtonGroupInput
        source="outcome"
        label="resources.reiApplications.checks.outcome"
        choices={OUTCOMES.map((id) => ({ id, name: `resources.reiApplications.outcome.${id}` }))}
        validate={required()}
      />
      <TextInput
        source="note"
        label="resources.reiApplications.action.recordCheckNote"
        helperText="resources.reiApplications.action.recordCheckNoteHelper"
        multiline
        minRows={2}
        fullWidth
        validate={required()}
      />
    </ActionDialog>
  );
}
