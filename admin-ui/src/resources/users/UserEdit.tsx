import { Edit, SaveButton, Toolbar } from 'react-admin';
import { UnlockUserButton } from './UnlockUserButton';
import { UserInputs } from './UserInputs';
import { RecordForm } from '../../common/RecordForm';

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
      <RecordForm toolbar={<UserEditToolbar />}>
        <UserInputs creating={false} />
      </RecordForm>
    </Edit>
  );
}
