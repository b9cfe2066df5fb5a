import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  email,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  type Validator,
} from 'react-admin';
import { AmountInput } from '../AmountInput';
import { fieldPattern } from './fieldPattern';
import type { ChoicesByList, FieldDefinition } from './types';
import { choicesOf } from './useCustomFields';
import { EmailInput } from '../EmailInput';

function validatorsOf(definition: FieldDefinition): Validator[] {
  const validators: Validator[] = [];
  if (definition.required) validators.push(required());
  if (definition.min != null) validators.push(minValue(definition.min));
  if (definition.max != null) validators.push(maxValue(definition.max));
  if (definition.pattern) validators.push(fieldPattern(definition.pattern));
  if (definition.type === 'EMAIL') validators.push(email());
  return validators;
}

/**
 * One custom field → its react-admin input, bound to `customFields.<key>` (the contract's JSON
 * column), so the server's `customFields.<key>` field errors land under it.
 */
export function CustomFieldInput({
  definition,
  choices,
}: {
  definition: FieldDefinition;
  choices: ChoicesByList;
}) {
  const common = {
    source: `customFields.${definition.key}`,
    label: definition.label,
    helperText: definition.helpText ?? false,
    validate: validatorsOf(definition),
  };
  const options = choicesOf(choices[definition.listKey ?? '']);
  switch (definition.type) {
    case 'LONG_TEXT':
      return <TextInput {...common} multiline minRows={3} />;
    case 'INTEGER':
      return <NumberInput {...common} step={1} />;
    case 'DECIMAL':
      // The contract keeps custom decimals as exact strings ("187.50"), never a float.
      return <AmountInput {...common} currency={false} />;
    case 'BOOLEAN':
      return <BooleanInput {...common} />;
    case 'DATE':
      return <DateInput {...common} />;
    case 'SELECT':
      return <SelectInput {...common} choices={options} />;
    case 'MULTI_SELECT':
      return <CheckboxGroupInput {...common} choices={options} />;
    case 'EMAIL':
      return <EmailInput {...common} />;
    case 'PHONE':
      return <TextInput {...common} type="tel" />;
    case 'TEXT':
    default:
      return <TextInput {...common} />;
  }
}
