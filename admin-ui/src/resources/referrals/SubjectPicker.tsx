import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

interface SubjectOption {
  id: string;
  fiscalCode: string;
  firstName: string;
  lastName: string;
}

const subjectText = (s?: SubjectOption) =>
  s ? `${s.lastName} ${s.firstName} — ${s.fiscalCode}` : '';
const byText = (q: string) => ({ q });

/** A subject of the comune's anagrafica, searched by name or codice fiscale (`subjectId`). */
export function SubjectPicker({
  validate,
  source = 'subjectId',
  label = 'resources.referrals.fields.subjectId',
}: {
  validate?: Validator | Validator[];
  source?: string;
  label?: string;
}) {
  return (
    <ReferenceInput source={source} reference="subjects">
      <AutocompleteInput
        label={label}
        optionText={subjectText}
        filterToQuery={byText}
        helperText="resources.referrals.helper.subjectId"
        validate={validate}
        fullWidth
      />
    </ReferenceInput>
  );
}
