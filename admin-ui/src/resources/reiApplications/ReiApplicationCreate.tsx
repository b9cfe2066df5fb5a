import { Create } from 'react-admin';
import { todayInItaly } from '../../common/today';
import { ReiApplicationInputs } from './ReiApplicationInputs';
import { RecordForm } from '../../common/RecordForm';

/** Nuova domanda REI: it starts in DRAFT; the show page then runs the checks. */
export default function ReiApplicationCreate() {
  return (
    <Create redirect="show">
      <RecordForm defaultValues={{ submittedAt: todayInItaly() }}>
        <ReiApplicationInputs />
      </RecordForm>
    </Create>
  );
}
