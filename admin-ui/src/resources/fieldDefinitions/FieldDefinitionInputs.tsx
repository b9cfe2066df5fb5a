import { Box, Paper, Typography } from '@mui/material';
import {
  BooleanInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import {
  CustomFieldSections,
  useCustomFields,
  useValueList,
  type FieldDefinition,
} from '../../common/customFields';
import { ENTITY_CHOICES, LIST_TYPES, NUMBER_TYPES, TEXT_TYPES, TYPE_CHOICES } from './fieldChoices';
import { SameLabelWarning } from './SameLabelWarning';
import { VisibilityConditionInputs } from './VisibilityConditionInputs';

const KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const validKey = (value: string) =>
  value && !KEY.test(value) ? 'resources.fieldDefinitions.helper.key' : undefined;

/**
 * How the field will look in the entity's form, as it is being defined. It has a react-hook-form
 * of its own: its input (required, say, or a list with no items yet) is never validated with the
 * definition's form, so it never blocks Salva, and what is typed in it is never sent.
 */
function Preview() {
  const translate = useTranslate();
  const values = useWatch() as Partial<FieldDefinition>;
  const { choices } = useCustomFields(values.entity ?? 'SUBJECT');
  const { data: listItems } = useValueList(values.listKey ?? '', Boolean(values.listKey));
  const preview = useForm({ mode: 'onChange' });
  if (!values.key || !values.label || !values.type) return null;
  const definition = {
    ...values,
    id: 'preview',
    active: true,
    visibleWhen: null,
  } as FieldDefinition;
  // A list chosen just now is not among those the entity's fields use yet.
  const previewChoices =
    values.listKey && listItems ? { ...choices, [values.listKey]: listItems } : choices;
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 2, width: '100%', maxWidth: 560 }}
      data-testid="field-preview"
    >
      <Typography component="h2" variant="subtitle1" gutterBottom>
        {translate('resources.fieldDefinitions.preview')}
      </Typography>
      <FormProvider {...preview}>
        <CustomFieldSections
          definitions={[{ ...definition, key: `_preview_${values.key}` }]}
          choices={previewChoices}
        />
      </FormProvider>
    </Paper>
  );
}

/** FieldDefinitionInput's inputs; key and entity never change after creation. */
export function FieldDefinitionInputs({ creating }: { creating: boolean }) {
  const [type, entity] = useWatch({ name: ['type', 'entity'] }) as [
    string | undefined,
    FieldDefinition['entity'] | undefined,
  ];
  const { definitions } = useCustomFields(entity ?? 'SUBJECT');
  const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' } as const;
  return (
    <>
      <Box sx={row}>
        <SelectInput
          source="entity"
          choices={ENTITY_CHOICES}
          validate={required()}
          readOnly={!creating}
        />
        <TextInput
          source="key"
          validate={[required(), validKey]}
          readOnly={!creating}
          helperText={creating ? 'resources.fieldDefinitions.helper.key' : false}
          autoComplete="off"
        />
        <TextInput source="label" validate={required()} sx={{ minWidth: 320 }} />
      </Box>
      <SameLabelWarning others={definitions} what="field" />
      <Box sx={row}>
        <SelectInput source="type" choices={TYPE_CHOICES} validate={required()} />
        {type && LIST_TYPES.has(type) && (
          <ReferenceInput source="listKey" reference="valueLists">
            <SelectInput optionText="label" validate={required()} sx={{ minWidth: 260 }} />
          </ReferenceInput>
        )}
        <BooleanInput source="required" />
        <BooleanInput source="active" />
      </Box>
      <Box sx={row}>
        {type && (NUMBER_TYPES.has(type) || TEXT_TYPES.has(type) || type === 'MULTI_SELECT') && (
          <>
            <NumberInput source="min" helperText="resources.fieldDefinitions.helper.bounds" />
            <NumberInput source="max" />
          </>
        )}
        {type && TEXT_TYPES.has(type) && (
          <TextInput source="pattern" helperText="resources.fieldDefinitions.helper.pattern" />
        )}
      </Box>
      <Box sx={row}>
        <TextInput source="section" helperText="resources.fieldDefinitions.helper.section" />
        <NumberInput
          source="position"
          step={1}
          helperText="resources.fieldDefinitions.helper.position"
        />
        <TextInput source="helpText" multiline sx={{ minWidth: 420 }} />
      </Box>
      <VisibilityConditionInputs />
      <Preview />
    </>
  );
}
