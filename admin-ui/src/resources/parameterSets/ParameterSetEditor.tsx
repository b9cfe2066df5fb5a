import { Box, Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  DateInput,
  Form,
  required,
  SaveButton,
  TextInput,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import type { ParameterSet } from './useParameterSets';

const SAVE = `mutation saveParameterSet($input: ParameterSetInput!) { saveParameterSet(input: $input) { id } }`;

const validJson = (text: string) => {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? undefined
      : 'resources.parameterSets.invalid_json';
  } catch {
    return 'resources.parameterSets.invalid_json';
  }
};

/** PLATFORM_ADMIN only: a parameter set's dates and values (amounts as decimal strings). */
export function ParameterSetEditor({ set, onDone }: { set: ParameterSet; onDone: () => void }) {
  const graphql = useGraphQL();
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const save = async (values: Record<string, unknown>) => {
    try {
      await graphql(SAVE, {
        input: {
          code: set.code,
          measure: set.measure,
          validFrom: values.validFrom,
          validTo: values.validTo || null,
          values: JSON.parse(values.valuesText as string) as unknown,
        },
      });
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
      record={{ ...set, valuesText: JSON.stringify(set.values, null, 2) }}
      onSubmit={save}
      resource="parameterSets"
    >
      <Box sx={{ display: 'flex', gap: 2 }}>
        <DateInput source="validFrom" validate={required()} />
        <DateInput source="validTo" />
      </Box>
      <TextInput
        source="valuesText"
        multiline
        minRows={8}
        fullWidth
        validate={[required(), validJson]}
      />
      <Box sx={{ display: 'flex', gap: 2 }}>
        <SaveButton />
        <Button onClick={onDone}>{translate('ra.action.cancel')}</Button>
      </Box>
    </Form>
  );
}
