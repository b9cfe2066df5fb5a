import { Edit } from 'react-admin';
import { FieldDefinitionInputs } from './FieldDefinitionInputs';
import { useSaveConfiguration } from './useSaveConfiguration';
import { RecordForm } from '../../common/RecordForm';

// Pessimistic: the server refuses a type or list change while records hold values, with the count.
export default function FieldDefinitionEdit() {
  const options = useSaveConfiguration('fieldDefinitions', 'ra.notification.updated');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={options}>
      <RecordForm>
        <FieldDefinitionInputs creating={false} />
      </RecordForm>
    </Edit>
  );
}
