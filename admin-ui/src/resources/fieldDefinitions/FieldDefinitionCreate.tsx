import { Create, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { FieldDefinitionInputs } from './FieldDefinitionInputs';
import { useSaveConfiguration } from './useSaveConfiguration';

/** Nuovo campo personalizzato (entity preset from the list's filter when there is one). */
export default function FieldDefinitionCreate() {
  const options = useSaveConfiguration('fieldDefinitions', 'ra.notification.created');
  const entity = new URLSearchParams(useLocation().search).get('entity') ?? 'SUBJECT';
  return (
    <Create mutationOptions={options}>
      <SimpleForm defaultValues={{ entity, type: 'TEXT', required: false, active: true }}>
        <FieldDefinitionInputs creating />
      </SimpleForm>
    </Create>
  );
}
