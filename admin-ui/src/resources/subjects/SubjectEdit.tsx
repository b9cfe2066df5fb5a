import { DeleteWithConfirmButton, Edit, SaveButton, Toolbar } from 'react-admin';
import { SubjectInputs } from './SubjectInputs';
import { RecordForm } from '../../common/RecordForm';

const SubjectEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton
      label="resources.subjects.archive.action"
      confirmTitle="resources.subjects.archive.title"
      confirmContent="resources.subjects.archive.content"
      mutationMode="pessimistic"
    />
  </Toolbar>
);

// Pessimistic: the server checks the code against sex, date and place, its uniqueness, the custom
// fields and the version (CONFLICT); its errors must reach the form.
export default function SubjectEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <RecordForm toolbar={<SubjectEditToolbar />}>
        <SubjectInputs />
      </RecordForm>
    </Edit>
  );
}
