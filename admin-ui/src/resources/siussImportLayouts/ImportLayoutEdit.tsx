import { Edit } from 'react-admin';
import { ImportLayoutInputs } from './ImportLayoutInputs';
import { RecordForm } from '../../common/RecordForm';

export default function ImportLayoutEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <RecordForm>
        <ImportLayoutInputs />
      </RecordForm>
    </Edit>
  );
}
