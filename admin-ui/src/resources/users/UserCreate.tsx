import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export default function UserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ roles: ['CASEWORKER'], active: true }}>
        <UserInputs creating />
      </SimpleForm>
    </Create>
  );
}
