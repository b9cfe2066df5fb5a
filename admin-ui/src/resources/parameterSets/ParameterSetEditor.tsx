import { Box, Button, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  ArrayInput,
  DateInput,
  Form,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  useNotify,
  useTranslate,
} from 'react-admin';
import { AmountInput } from '../../common/AmountInput';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { SaveParameterSetDocument, type ParameterSetInput } from '../../generated/graphql';
import {
  fromFormValues,
  REI_PARAMETER_GROUPS,
  toFormValues,
  type ParameterField,
} from './reiParameterFields';
import type { ParameterSet } from './useParameterSets';

const wholeNumber = (min: number, max: number) => (value: unknown) =>
  value === null || value === undefined || value === ''
    ? undefined
    : Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `Numero intero da ${min} a ${max}`;

const BOUNDS = { months: [0, 120], count: [0, 50], days: [1, 365] } as const;

/** One parameter's input, typed by its kind; its value goes to `values.<key>`. */
function ParameterInput({ field }: { field: ParameterField }) {
  const source = `values.${field.key}`;
  const helperText = field.helper ?? false;
  const need = field.optional || field.kind === 'date' ? [] : [required()];
  switch (field.kind) {
    case 'money':
    case 'factor':
      return (
        <AmountInput
          source={source}
          label={field.label}
          helperText={helperText}
          validate={need}
          currency={field.kind === 'money'}
        />
      );
    case 'moneyList':
    case 'factorList':
      return (
        <ArrayInput source={source} label={field.label} helperText={helperText} validate={need}>
          <SimpleFormIterator inline disableReordering disableClear>
            <AmountInput
              source="value"
              label={field.kind === 'moneyList' ? 'Importo' : 'Coefficiente'}
              validate={required()}
              currency={field.kind === 'moneyList'}
            />
          </SimpleFormIterator>
        </ArrayInput>
      );
    case 'date':
      return <DateInput source={source} label={field.label} helperText={helperText} />;
    case 'choice':
      return (
        <SelectInput
          source={source}
          label={field.label}
          choices={field.choices ?? []}
          helperText={helperText}
          validate={need}
          sx={{ minWidth: 420 }}
        />
      );
    default: {
      const [min, max] = BOUNDS[field.kind];
      return (
        <NumberInput
          source={source}
          label={field.label}
          helperText={helperText}
          step={1}
          min={min}
          max={max}
          validate={[...need, wholeNumber(min, max)]}
        />
      );
    }
  }
}

/**
 * PLATFORM_ADMIN only: a parameter set's dates and values, each with its Italian name and an
 * input of its kind (amounts typed as 1.234,56, choices by name); the contract's JSON is built
 * from them.
 */
export default function ParameterSetEditor({
  set,
  onDone,
}: {
  set: ParameterSet;
  onDone: () => void;
}) {
  const graphql = useGraphQL();
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const save = async (form: Record<string, unknown>) => {
    try {
      const input = {
        code: set.code,
        measure: set.measure,
        validFrom: form.validFrom,
        validTo: form.validTo || null,
        values: fromFormValues(form.values as Record<string, unknown>),
      } as ParameterSetInput;
      await graphql(SaveParameterSetDocument, { input });
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      await queryClient.invalidateQueries({ queryKey: ['parameterSets'] });
      onDone();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors;
    }
  };
  return (
    <Form
      record={{
        id: set.id,
        validFrom: set.validFrom,
        validTo: set.validTo,
        values: toFormValues(set.values),
      }}
      onSubmit={save}
      resource="parameterSets"
      noValidate
    >
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <DateInput source="validFrom" validate={required()} />
        <DateInput source="validTo" />
      </Box>
      {REI_PARAMETER_GROUPS.map((group) => (
        <Box component="fieldset" key={group.title} sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
          <Typography component="legend" variant="subtitle1" sx={{ p: 0 }}>
            {group.title}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
            {group.fields.map((field) => (
              <ParameterInput key={field.key} field={field} />
            ))}
          </Box>
        </Box>
      ))}
      <Box sx={{ display: 'flex', gap: 2 }}>
        <SaveButton />
        <Button onClick={onDone}>{translate('ra.action.cancel')}</Button>
      </Box>
    </Form>
  );
}
