import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { UnlockUserButton } from './UnlockUserButton';
import { UserInputs } from './UserInputs';

const UserEditToolbar = () => (
  <Toolbar>
    <SaveButton />
    <UnlockUserButton />
  </Toolbar>
);

// Pessimistic: the server validates (roles, password policy) and its field errors must reach
// the form, which an undoable save would already have left.
export default function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<UserEditToolbar />}>
        <UserInputs creating={false} />
      </SimpleForm>
    </Edit>
  );
}
