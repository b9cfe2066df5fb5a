import { Create } from 'react-admin';
import { useSaveConfiguration } from '../fieldDefinitions/useSaveConfiguration';
import { IndicatorInputs } from './IndicatorInputs';
import { RecordForm } from '../../common/RecordForm';

/** Nuovo indicatore del cruscotto, with its value previewed while it is defined. */
export default function IndicatorCreate() {
  const options = useSaveConfiguration('indicators', 'ra.notification.created');
  return (
    <Create mutationOptions={options}>
      <RecordForm defaultValues={{ entity: 'SUBJECT', aggregate: 'COUNT' }}>
        <IndicatorInputs creating />
      </RecordForm>
    </Create>
  );
}
