import { Create, useNotify, useRedirect } from 'react-admin';
import { CaseDefaults } from './CaseDefaults';
import { DuplicateWarning } from './DuplicateWarning';
import { SocialBenefitInputs } from './SocialBenefitInputs';
import type { SocialBenefitRecord } from './types';
import { RecordForm } from '../../common/RecordForm';

/**
 * Nuova prestazione (manual entry). A record with issues is saved all the same and opens in the
 * editor, with each issue next to its field; a valid one opens on its page.
 */
export default function SocialBenefitCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      mutationOptions={{
        onSuccess: (record: SocialBenefitRecord) => {
          const withIssues = record.issues.length > 0;
          notify(`resources.socialBenefits.action.${withIssues ? 'savedWithIssues' : 'saved'}`, {
            type: withIssues ? 'info' : 'success',
          });
          redirect(withIssues ? 'edit' : 'show', 'socialBenefits', record.id);
        },
      }}
    >
      <RecordForm
        defaultValues={{
          character: 'PERIODIC',
          meansTest: 'ISEE',
          takenInCharge: false,
          residence: { countryCode: '380' },
        }}
      >
        <SocialBenefitInputs />
        <CaseDefaults />
        <DuplicateWarning />
      </RecordForm>
    </Create>
  );
}
