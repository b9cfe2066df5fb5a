import { Create } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { FieldDefinitionInputs } from './FieldDefinitionInputs';
import { useSaveConfiguration } from './useSaveConfiguration';
import { RecordForm } from '../../common/RecordForm';

/** Nuovo campo personalizzato (entity preset from the list's filter when there is one). */
export default function FieldDefinitionCreate() {
  const options = useSaveConfiguration('fieldDefinitions', 'ra.notification.created');
  const entity = new URLSearchParams(useLocation().search).get('entity') ?? 'SUBJECT';
  return (
    <Create mutationOptions={options}>
      <RecordForm defaultValues={{ entity, type: 'TEXT', required: false, active: true }}>
        <FieldDefinitionInputs creating />
      </RecordForm>
    </Create>
  );
}
