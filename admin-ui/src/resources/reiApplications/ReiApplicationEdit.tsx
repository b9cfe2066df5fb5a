import { Edit } from 'react-admin';
import { ReiApplicationInputs } from './ReiApplicationInputs';
import type { ReiApplicationRecord } from './types';
import { RecordForm } from '../../common/RecordForm';

// The form edits ids (applicantId, householdId); the record carries the entities.
const idsOf = (record: ReiApplicationRecord & { renewalOf?: { id: string } | null }) => ({
  applicantId: record.applicant?.id,
  householdId: record.household?.id,
  renewalOfId: record.renewalOf?.id ?? null,
});

/**
 * Modifica domanda REI. Pessimistic: the server's field errors and CONFLICT reach the form.
 * Changing the data of a checked application sends it back to DRAFT (the server says so).
 */
export default function ReiApplicationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <RecordForm defaultValues={idsOf as never}>
        <ReiApplicationInputs />
      </RecordForm>
    </Edit>
  );
}
