import {
  BooleanInput,
  DateTimeInput,
  required,
  SelectInput,
  TextInput,
  useNotify,
} from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { useValueListChoices } from '../../common/useValueListChoices';
import { instant } from '../../dataProvider/caseworkOperations';
import type { DiaryEntryInput } from '../../generated/graphql';
import type { DiaryEntry } from './types';

const KINDS = ['diary_kinds'] as const;
const d = (key: string) => `resources.socialCases.diary.${key}`;

/** The contract's DiaryEntryInput from the dialog's values. */
function entryInput(values: Record<string, unknown>): DiaryEntryInput {
  const participants = String(values.participants ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return {
    occurredAt: instant(values.occurredAt) ?? new Date().toISOString(),
    kind: String(values.kind ?? ''),
    text: String(values.text ?? ''),
    confidentiality: values.restricted ? 'RESTRICTED' : 'NORMAL',
    participants,
  };
}

/**
 * Nuova annotazione, Modifica (a draft) or Rettifica (a signed entry): when, what kind, the text,
 * who was there, whether restricted. Saves a draft; the server's refusals go under the fields.
 */
export function DiaryEntryDialog({
  open,
  onClose,
  title,
  entry,
  onSave,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  entry?: DiaryEntry;
  onSave: (input: DiaryEntryInput) => Promise<unknown>;
}) {
  const lists = useValueListChoices(KINDS);
  const notify = useNotify();
  return (
    <ActionDialog
      open={open}
      onClose={onClose}
      title={title}
      submitLabel={d('save')}
      defaultValues={{
        occurredAt: entry ? new Date(entry.occurredAt) : new Date(),
        kind: entry?.kind ?? '',
        text: entry?.text ?? '',
        participants: entry?.participants.join(', ') ?? '',
        restricted: entry?.confidentiality === 'RESTRICTED',
      }}
      inputs={['occurredAt', 'kind', 'text', 'participants']}
      onSubmit={async (values) => {
        await onSave(entryInput(values));
        notify(d('saved'), { type: 'success' });
      }}
    >
      <DateTimeInput source="occurredAt" label={d('occurredAt')} validate={required()} />
      <SelectInput
        source="kind"
        label={d('kind')}
        choices={lists.choices('diary_kinds')}
        isPending={lists.isPending}
        validate={required()}
      />
      <TextInput
        source="text"
        label={d('text')}
        multiline
        minRows={4}
        fullWidth
        validate={required()}
      />
      <TextInput
        source="participants"
        label={d('participants')}
        helperText={d('participantsHelper')}
        fullWidth
      />
      <BooleanInput source="restricted" label={d('restricted')} />
    </ActionDialog>
  );
}
