import { Create, SimpleForm } from 'react-admin';
import { todayInItaly } from '../../common/today';
import { ReiApplicationInputs } from './ReiApplicationInputs';

/** Nuova domanda REI: it starts in DRAFT; the show page then runs the checks. */
export default function ReiApplicationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ submittedAt: todayInItaly() }}>
        <ReiApplicationInputs />
      </SimpleForm>
    </Create>
  );
}
