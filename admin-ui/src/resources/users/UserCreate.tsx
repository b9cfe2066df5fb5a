import { Create } from 'react-admin';
import { UserInputs } from './UserInputs';
import { RecordForm } from '../../common/RecordForm';

export default function UserCreate() {
  return (
    <Create redirect="list">
      <RecordForm defaultValues={{ roles: ['CASEWORKER'], active: true }}>
        <UserInputs creating />
      </RecordForm>
    </Create>
  );
}
