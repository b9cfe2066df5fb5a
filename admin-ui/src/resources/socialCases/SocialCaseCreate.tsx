import { CheckboxGroupInput, Create, DateInput, required, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CustomFieldInputs } from '../../common/customFields';
import { InputGroup, InputRow } from '../../common/InputGroup';
import { RecordForm } from '../../common/RecordForm';
import { todayInItaly } from '../../common/today';
import { useValueListChoices } from '../../common/useValueListChoices';
import { SubjectPicker } from '../referrals/SubjectPicker';
import { CaseHouseholdInput } from './CaseHouseholdInput';
import { currentUserId } from './types';
import { useCaseworkers } from './useCaseworkers';

const AREAS = ['case_areas'] as const;

/** The chosen person's households. */
function PersonHousehold() {
  const subjectId = useWatch({ name: 'subjectId' }) as string | null | undefined;
  return <CaseHouseholdInput subjectId={subjectId} />;
}

/**
 * Nuova cartella (presa in carico): the person, the responsible, the areas and the date; from a
 * referral's "Prendi in carico" the person and the referral
 * (`referralId`, from the location's record, sent as is) come filled. The server checks the
 * rest (one open case per person) and answers under the fields.
 */
export default function SocialCaseCreate() {
  const lists = useValueListChoices(AREAS);
  const caseworkers = useCaseworkers();
  return (
    <Create redirect="show">
      <RecordForm
        defaultValues={{ openedAt: todayInItaly(), responsibleId: currentUserId(), areas: [] }}
      >
        <InputGroup title="resources.socialCases.section.person">
          <SubjectPicker validate={required()} />
        </InputGroup>
        <InputGroup title="resources.socialCases.section.case">
          <InputRow>
            <SelectInput
              source="responsibleId"
              choices={caseworkers.choices}
              isPending={caseworkers.isPending}
              validate={required()}
            />
            <DateInput source="openedAt" validate={required()} />
          </InputRow>
          <CheckboxGroupInput
            source="areas"
            choices={lists.choices('case_areas')}
            validate={required()}
          />
          <PersonHousehold />
        </InputGroup>
        <CustomFieldInputs entity="SOCIAL_CASE" />
      </RecordForm>
    </Create>
  );
}
