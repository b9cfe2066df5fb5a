import { Create } from 'react-admin';
import { ImportLayoutInputs } from './ImportLayoutInputs';
import { RecordForm } from '../../common/RecordForm';

export default function ImportLayoutCreate() {
  return (
    <Create redirect="list">
      <RecordForm defaultValues={{ kind: 'COLUMN_MAPPING', skipFirstLine: false, columns: [] }}>
        <ImportLayoutInputs />
      </RecordForm>
    </Create>
  );
}
