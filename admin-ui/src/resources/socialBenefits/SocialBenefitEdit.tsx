import { Edit, SaveButton, ShowButton, Toolbar, TopToolbar, useNotify } from 'react-admin';
import { CancelBenefitButton } from './CancelBenefitButton';
import { DuplicateWarning } from './DuplicateWarning';
import { SocialBenefitInputs } from './SocialBenefitInputs';
import type { SocialBenefitRecord } from './types';
import { RecordForm } from '../../common/RecordForm';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
    <CancelBenefitButton />
  </TopToolbar>
);

/**
 * Modifica prestazione. Pessimistic, and the page stays: after saving, the issues that remain
 * are next to their fields. A change to a transmitted record is sent as cancellation + insert.
 */
export default function SocialBenefitEdit() {
  const notify = useNotify();
  return (
    <Edit
      mutationMode="pessimistic"
      actions={<EditActions />}
      mutationOptions={{
        onSuccess: (record: SocialBenefitRecord) => {
          const withIssues = record.issues.length > 0;
          notify(`resources.socialBenefits.action.${withIssues ? 'savedWithIssues' : 'saved'}`, {
            type: withIssues ? 'info' : 'success',
          });
        },
      }}
    >
      <RecordForm
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <SocialBenefitInputs />
        <DuplicateWarning />
      </RecordForm>
    </Edit>
  );
}
