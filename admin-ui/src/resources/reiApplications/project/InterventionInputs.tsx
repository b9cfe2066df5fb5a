import {
  ArrayInput,
  BooleanInput,
  DateInput,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { AmountInput } from '../../../common/AmountInput';
import { InputRow } from '../../../common/InputGroup';
import { p, ProjectItemsInput, type ProjectChoices } from './projectInputs';

/**
 * Periodo di erogazione, risorse coinvolte e interventi proposti: an economic intervention has a
 * SIUSS service code and amounts (what the siuss service extracts once the project is signed).
 */
export function InterventionInputs({ members, list }: ProjectChoices) {
  return (
    <>
      <InputRow>
        <DateInput source="disbursementFrom" label={p('disbursementFrom')} />
        <DateInput source="disbursementTo" label={p('disbursementTo')} />
      </InputRow>
      <ProjectItemsInput source="resourcesInvolved" members={members} />
      <ArrayInput source="interventions" label={p('interventions')}>
        <SimpleFormIterator disableReordering>
          <InputRow>
            <SelectInput
              source="code"
              label={p('interventionCode')}
              choices={list('rei_intervention')}
              validate={required()}
            />
            <SelectInput source="beneficiaryId" label={p('beneficiaryId')} choices={members} />
          </InputRow>
          <TextInput source="description" label={p('description')} fullWidth />
          <BooleanInput source="economic" label={p('economic')} />
          <FormDataConsumer<{ economic?: boolean; periodic?: boolean }>>
            {({ scopedFormData }) =>
              scopedFormData?.economic ? (
                <InputRow>
                  <SelectInput
                    source="siussServiceCode"
                    label={p('siussServiceCode')}
                    choices={list('siuss_service')}
                    validate={required()}
                    sx={{ gridColumn: 'span 2' }}
                  />
                  <BooleanInput source="periodic" label={p('periodic')} />
                  <AmountInput source="amount" label={p('amount')} validate={required()} />
                  {scopedFormData.periodic && (
                    <AmountInput
                      source="monthlyAmount"
                      label={p('monthlyAmount')}
                      validate={required()}
                    />
                  )}
                </InputRow>
              ) : null
            }
          </FormDataConsumer>
          <InputRow>
            <DateInput source="startDate" label={p('startDate')} />
            <DateInput source="endDate" label={p('endDate')} />
            <DateInput source="paymentDate" label={p('paymentDate')} />
          </InputRow>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
