import { useWatch } from 'react-hook-form';
import { AutocompleteInput, DateInput, ReferenceInput, required, SelectInput } from 'react-admin';
import { CustomFieldInputs } from '../../common/customFields';
import { useValueListChoices } from '../../common/useValueListChoices';
import { InputGroup, InputRow } from '../../common/InputGroup';
import { DeclarationInputs } from './DeclarationInputs';

interface SubjectOption {
  id: string;
  fiscalCode: string;
  firstName: string;
  lastName: string;
}
interface HouseholdOption {
  id: string;
  members: { subject: SubjectOption }[];
}

const subjectText = (s?: SubjectOption) =>
  s ? `${s.lastName} ${s.firstName} — ${s.fiscalCode}` : '';
const householdText = (h?: HouseholdOption) =>
  h ? h.members.map((m) => `${m.subject.lastName} ${m.subject.firstName}`).join(', ') : '';
const byText = (q: string) => ({ q });

/** The applicant's households: once an applicant is chosen, only those they belong to today. */
function HouseholdInput() {
  const applicantId = useWatch({ name: 'applicantId' }) as string | undefined;
  return (
    <ReferenceInput source="householdId" reference="households" filter={{ memberId: applicantId }}>
      <AutocompleteInput
        label="resources.reiApplications.fields.householdId"
        optionText={householdText}
        filterToQuery={byText}
        helperText="resources.reiApplications.helper.householdId"
        validate={required()}
        sx={{ gridColumn: 'span 2' }}
      />
    </ReferenceInput>
  );
}

/** The inputs of a REI application (create and edit): who, which household, when, where, declarations. */
export function ReiApplicationInputs() {
  const lists = useValueListChoices(['rei_access_point']);
  return (
    <>
      <InputGroup title="resources.reiApplications.section.application">
        <InputRow>
          <ReferenceInput source="applicantId" reference="subjects">
            <AutocompleteInput
              label="resources.reiApplications.fields.applicantId"
              optionText={subjectText}
              filterToQuery={byText}
              helperText="resources.reiApplications.helper.applicantId"
              validate={required()}
              sx={{ gridColumn: 'span 2' }}
            />
          </ReferenceInput>
          <HouseholdInput />
        </InputRow>
        <InputRow>
          <DateInput source="submittedAt" validate={required()} />
          <SelectInput
            source="accessPoint"
            choices={lists.choices('rei_access_point')}
            sx={{ gridColumn: 'span 1' }}
          />
        </InputRow>
      </InputGroup>
      <DeclarationInputs />
      <CustomFieldInputs entity="REI_APPLICATION" />
    </>
  );
}
