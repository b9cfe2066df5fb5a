import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { AmountInput } from '../../common/AmountInput';
import { CustomFieldInputs } from '../../common/customFields';
import { InputGroup, InputRow } from '../../common/InputGroup';
import { useValueListChoices } from '../../common/useValueListChoices';
import { IssueText, IssuesSummary } from './BenefitIssues';
import { BenefitBirthPlaceInputs, BenefitResidenceInputs } from './BenefitPlaceInputs';
import { SinaInputs } from './SinaInputs';
import { CHARACTERS, MEANS_TESTS, SEXES, USER_AREAS } from './types';

const s = (key: string) => `resources.socialBenefits.section.${key}`;
const issue = (field: string, fallback?: string) => <IssueText field={field} fallback={fallback} />;
const text = (source: string, props: Record<string, unknown> = {}) => (
  <TextInput source={source} helperText={issue(source)} {...props} />
);
const amount = (source: string) => (
  <AmountInput
    source={source}
    label={`resources.socialBenefits.fields.${source}`}
    helperText={issue(source)}
  />
);

/**
 * The inputs of a SIUSS benefit record, by section of the INPS flow. Each input shows the
 * record's validation issue on its field (not an error: the record saves, INVALID).
 */
export function SocialBenefitInputs() {
  const lists = useValueListChoices(['siuss_service']);
  const services = lists
    .choices('siuss_service')
    .map((c) => ({ id: c.id, name: `${c.id} — ${c.name}` }));
  return (
    <>
      <IssuesSummary />
      <InputGroup title={s('beneficiary')}>
        <InputRow>
          {text('fiscalCode', { validate: required(), sx: { gridColumn: 'span 1' } })}
          {text('lastName')}
          {text('firstName')}
        </InputRow>
        <InputRow>
          <NumberInput source="birthYear" step={1} helperText={issue('birthYear')} />
          <SelectInput source="sex" choices={SEXES} helperText={issue('sex')} />
        </InputRow>
        <InputRow>
          <BenefitBirthPlaceInputs />
        </InputRow>
      </InputGroup>
      <InputGroup title={s('residence')}>
        <BenefitResidenceInputs />
      </InputGroup>
      <InputGroup title={s('service')}>
        <InputRow>
          <AutocompleteInput
            source="serviceCode"
            choices={services}
            validate={required()}
            helperText={issue('serviceCode')}
            sx={{ gridColumn: 'span 2' }}
          />
          {text('serviceName', {
            helperText: issue('serviceName', 'resources.socialBenefits.helper.serviceName'),
            sx: { gridColumn: 'span 2' },
          })}
        </InputRow>
        <InputRow>
          <SelectInput
            source="meansTest"
            choices={MEANS_TESTS}
            validate={required()}
            helperText={issue('meansTest')}
          />
          <RadioButtonGroupInput
            source="character"
            choices={CHARACTERS}
            validate={required()}
            helperText={issue('character')}
          />
          {text('requestProtocol', { validate: required() })}
          <DateInput source="eventDate" helperText={issue('eventDate')} />
        </InputRow>
      </InputGroup>
      <InputGroup title={s('amounts')}>
        <InputRow>
          <DateInput source="startDate" helperText={issue('startDate')} />
          <DateInput source="endDate" helperText={issue('endDate')} />
          <NumberInput
            source="months"
            step={1}
            min={1}
            max={12}
            helperText={issue('months', 'resources.socialBenefits.helper.months')}
          />
          {amount('monthlyAmount')}
        </InputRow>
        <InputRow>
          <DateInput source="paymentDate" helperText={issue('paymentDate')} />
          {amount('amount')}
        </InputRow>
      </InputGroup>
      <InputGroup title={s('shares')}>
        <InputRow>
          {amount('entityShare')}
          {amount('userShare')}
          {amount('healthServiceShare')}
          {amount('requestedShare')}
          {amount('iseeThreshold')}
          <AmountInput
            source="monthlyHours"
            label="resources.socialBenefits.fields.monthlyHours"
            helperText={issue('monthlyHours')}
            currency={false}
          />
        </InputRow>
      </InputGroup>
      <InputGroup title={s('care')}>
        <InputRow>
          <BooleanInput source="takenInCharge" helperText={issue('takenInCharge')} />
          <SelectInput source="userArea" choices={USER_AREAS} helperText={issue('userArea')} />
        </InputRow>
      </InputGroup>
      <InputGroup title={s('dsu')}>
        <InputRow>
          {text('dsuProtocol', { sx: { gridColumn: 'span 2' } })}
          <NumberInput source="dsuYear" step={1} helperText={issue('dsuYear')} />
          <DateInput source="dsuDate" helperText={issue('dsuDate')} />
        </InputRow>
      </InputGroup>
      <SinaInputs />
      <CustomFieldInputs entity="SOCIAL_BENEFIT" />
    </>
  );
}
