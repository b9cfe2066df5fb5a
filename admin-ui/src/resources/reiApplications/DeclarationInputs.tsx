import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  minValue,
  NullableBooleanInput,
  NumberInput,
  regex,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetOne,
} from 'react-admin';
import { ageOn } from '../../common/age';
import { AmountInput } from '../../common/AmountInput';
import { todayInItaly } from '../../common/today';
import { InputGroup, InputRow } from '../../common/InputGroup';

const f = (key: string) => `resources.reiApplications.fields.declarations.${key}`;
const b = (key: string) => `resources.reiApplications.fields.otherBenefit.${key}`;

const PERMITS = [
  'EU_CITIZEN_FAMILY_MEMBER',
  'LONG_TERM_RESIDENT',
  'STATELESS',
  'INTERNATIONAL_PROTECTION',
  'OTHER',
].map((id) => ({ id, name: `resources.reiApplications.permit.${id}` }));

const KINDS = ['MONTHLY', 'PERIODIC', 'ONE_OFF'].map((id) => ({
  id,
  name: `resources.reiApplications.otherBenefitKind.${id}`,
}));

/** Declared: yes, no, or not yet said (null: the requirement stays to be verified). */
function Declared({ source }: { source: string }) {
  return (
    <NullableBooleanInput
      source={`declarations.${source}`}
      label={f(source)}
      nullLabel="resources.reiApplications.declared.unknown"
      trueLabel="resources.reiApplications.declared.yes"
      falseLabel="resources.reiApplications.declared.no"
      helperText={false}
      sx={{ gridColumn: 'span 2' }}
    />
  );
}

/** Members aged 55 or more on the application's date (today until it is given). */
const ELDERLY_UNEMPLOYED_AGE = 55;

/** The chosen household's members aged 55 or more, to name the unemployed ones among them. */
function UnemployedMembersInput() {
  const [householdId, submittedAt] = useWatch({ name: ['householdId', 'submittedAt'] }) as [
    string | undefined,
    string | undefined,
  ];
  const { data } = useGetOne<{
    id: string;
    members: {
      subject: { id: string; firstName: string; lastName: string; birthDate: string };
    }[];
  }>('households', { id: householdId ?? '' }, { enabled: Boolean(householdId) });
  const on = submittedAt || todayInItaly();
  const elderly = (data?.members ?? []).filter(
    (m) => ageOn(m.subject.birthDate, on) >= ELDERLY_UNEMPLOYED_AGE,
  );
  const choices = elderly.map((m) => ({
    id: m.subject.id,
    name: `${m.subject.lastName} ${m.subject.firstName}`,
  }));
  if (choices.length === 0) return null;
  return (
    <CheckboxGroupInput
      source="declarations.unemployedMemberIds"
      label={f('unemployedMemberIds')}
      choices={choices}
    />
  );
}

/** What the applicant declares about what the registry does not know (docs/domain/REI.md, requirements). */
export function DeclarationInputs() {
  return (
    <InputGroup title="resources.reiApplications.section.declarations">
      <InputRow>
        <DateInput source="declarations.residentInItalySince" label={f('residentInItalySince')} />
        <SelectInput
          source="declarations.permit"
          label={f('permit')}
          choices={PERMITS}
          sx={{ gridColumn: 'span 2' }}
        />
      </InputRow>
      <InputRow>
        <Declared source="recentVehicle" />
        <Declared source="recentVehicleForDisability" />
        <Declared source="boats" />
        <Declared source="unemploymentBenefits" />
        <Declared source="pregnancy" />
        <Declared source="pregnancyCertified" />
        <Declared source="disabledMemberWithCarer" />
      </InputRow>
      <InputRow>
        <DateInput source="declarations.pregnancyDueDate" label={f('pregnancyDueDate')} />
        <NumberInput
          source="declarations.siaMonthsReceived"
          label={f('siaMonthsReceived')}
          min={0}
          step={1}
          validate={minValue(0)}
        />
      </InputRow>
      <UnemployedMembersInput />
      <ArrayInput source="declarations.otherBenefits" label={f('otherBenefits')}>
        <SimpleFormIterator inline disableReordering>
          <TextInput source="description" label={b('description')} validate={required()} />
          <AmountInput source="amount" label={b('amount')} validate={required()} />
          <SelectInput
            source="kind"
            label={b('kind')}
            choices={KINDS}
            validate={required()}
            defaultValue="MONTHLY"
          />
          <NumberInput source="months" label={b('months')} min={1} step={1} />
          <TextInput
            source="paidMonth"
            label={b('paidMonth')}
            validate={regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'AAAA-MM, es. 2018-03')}
          />
          <BooleanInput
            source="meansTested"
            label={b('meansTested')}
            defaultValue
            helperText="resources.reiApplications.helper.meansTested"
          />
        </SimpleFormIterator>
      </ArrayInput>
    </InputGroup>
  );
}
