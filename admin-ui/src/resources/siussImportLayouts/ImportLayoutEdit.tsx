import { Edit, SimpleForm } from 'react-admin';
import { ImportLayoutInputs } from './ImportLayoutInputs';

export default function ImportLayoutEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <ImportLayoutInputs />
      </SimpleForm>
    </Edit>
  );
}
