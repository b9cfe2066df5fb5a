import { Create, SimpleForm } from 'react-admin';
import { ImportLayoutInputs } from './ImportLayoutInputs';

export default function ImportLayoutCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ kind: 'COLUMN_MAPPING', skipFirstLine: false, columns: [] }}>
        <ImportLayoutInputs />
      </SimpleForm>
    </Create>
  );
}
