import {
  ArrayInput,
  AutocompleteInput,
  Create,
  DateInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
} from 'react-admin';
import { CustomFieldInputs } from '../../common/customFields';
import { useRelationshipChoices } from './useRelationshipLabel';
import { RecordForm } from '../../common/RecordForm';

const subjectSearch = (q: string) => ({ q });

/** Nuovo nucleo: its members (subjects of the anagrafica) with their relationship, then custom fields. */
export default function HouseholdCreate() {
  const relationships = useRelationshipChoices();
  return (
    <Create redirect="show">
      <RecordForm defaultValues={{ members: [{ relationship: '1' }], customFields: {} }}>
        <ArrayInput source="members" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="subjectId" reference="subjects">
              <AutocompleteInput
                label="resources.households.fields.subjectId"
                filterToQuery={subjectSearch}
                validate={required()}
                sx={{ minWidth: 320 }}
              />
            </ReferenceInput>
            <SelectInput
              source="relationship"
              label="resources.households.fields.relationship"
              choices={relationships}
              validate={required()}
            />
            <DateInput source="since" label="resources.households.fields.since" />
          </SimpleFormIterator>
        </ArrayInput>
        <CustomFieldInputs entity="HOUSEHOLD" />
      </RecordForm>
    </Create>
  );
}
