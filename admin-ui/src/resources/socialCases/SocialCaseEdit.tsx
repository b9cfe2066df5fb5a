import { CheckboxGroupInput, Edit, required, useRecordContext } from 'react-admin';
import { CustomFieldInputs } from '../../common/customFields';
import { InputGroup } from '../../common/InputGroup';
import { RecordForm } from '../../common/RecordForm';
import { useValueListChoices } from '../../common/useValueListChoices';
import { CaseHouseholdInput } from './CaseHouseholdInput';
import type { SocialCaseRecord } from './types';

const AREAS = ['case_areas'] as const;

function CaseForm() {
  const socialCase = useRecordContext<SocialCaseRecord>();
  const lists = useValueListChoices(AREAS);
  if (!socialCase) return null;
  return (
    <RecordForm defaultValues={{ householdId: socialCase.household?.id ?? null }}>
      <InputGroup title="resources.socialCases.section.case">
        <CheckboxGroupInput
          source="areas"
          choices={lists.choices('case_areas')}
          validate={required()}
        />
        <CaseHouseholdInput subjectId={socialCase.subject.id} />
      </InputGroup>
      <CustomFieldInputs entity="SOCIAL_CASE" />
    </RecordForm>
  );
}

/**
 * Modifica cartella (the équipe): the areas, the household from the registry and the comune's
 * fields; only what changed is sent, on the version read (a stale one is refused).
 */
export default function SocialCaseEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <CaseForm />
    </Edit>
  );
}
