import { Create, SimpleForm } from 'react-admin';
import { useSaveConfiguration } from '../fieldDefinitions/useSaveConfiguration';
import { IndicatorInputs } from './IndicatorInputs';

/** Nuovo indicatore del cruscotto, with its value previewed while it is defined. */
export default function IndicatorCreate() {
  const options = useSaveConfiguration('indicators', 'ra.notification.created');
  return (
    <Create mutationOptions={options}>
      <SimpleForm defaultValues={{ entity: 'SUBJECT', aggregate: 'COUNT' }}>
        <IndicatorInputs creating />
      </SimpleForm>
    </Create>
  );
}
