import { Edit, SimpleForm } from 'react-admin';
import { FieldDefinitionInputs } from './FieldDefinitionInputs';
import { useSaveConfiguration } from './useSaveConfiguration';

// Pessimistic: the server refuses a type or list change while records hold values, with the count.
export default function FieldDefinitionEdit() {
  const options = useSaveConfiguration('fieldDefinitions', 'ra.notification.updated');
  return (
    <Edit mutationMode="pessimistic" mutationOptions={options}>
      <SimpleForm>
        <FieldDefinitionInputs creating={false} />
      </SimpleForm>
    </Edit>
  );
}
