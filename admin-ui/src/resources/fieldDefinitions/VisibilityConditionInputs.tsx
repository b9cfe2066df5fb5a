import { Box, Typography } from '@mui/material';
import { SelectInput, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choicesOf, useCustomFields, type ConfigurableEntity } from '../../common/customFields';
import { useIndicatorFields } from './useIndicatorFields';

const BOOLEAN_CHOICES = [
  { id: true, name: 'ra.boolean.true' },
  { id: false, name: 'ra.boolean.false' },
];

/**
 * "Mostra solo quando": another field of the same entity (custom or built-in) and the value it
 * must have. The value input follows the chosen field: yes/no, a list's items, or free text.
 */
export function VisibilityConditionInputs() {
  const translate = useTranslate();
  const [entity, key, conditionField] = useWatch({
    name: ['entity', 'key', 'visibleWhen.field'],
  }) as [ConfigurableEntity, string, string | undefined];
  const { data: fields = [] } = useIndicatorFields(entity);
  const { definitions, choices } = useCustomFields(entity);
  const options = fields
    .filter((f) => f.name !== `customFields.${key}` && f.type !== 'DATE')
    .map((f) => ({ id: f.name, name: f.label }));
  const chosen = fields.find((f) => f.name === conditionField);
  const custom = definitions.find((d) => `customFields.${d.key}` === conditionField);
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
      <Typography component="legend" variant="subtitle1" sx={{ p: 0 }}>
        {translate('resources.fieldDefinitions.sections.visibility')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.fieldDefinitions.helper.visibility')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <SelectInput
          source="visibleWhen.field"
          choices={options}
          emptyText="resources.fieldDefinitions.always_visible"
          sx={{ minWidth: 260 }}
        />
        {conditionField &&
          (chosen?.type === 'BOOLEAN' ? (
            <SelectInput source="visibleWhen.equals" choices={BOOLEAN_CHOICES} />
          ) : custom?.listKey ? (
            <SelectInput source="visibleWhen.equals" choices={choicesOf(choices[custom.listKey])} />
          ) : (
            <TextInput
              source="visibleWhen.equals"
              parse={(v: string) => (chosen?.type === 'NUMBER' && v !== '' ? Number(v) : v)}
            />
          ))}
      </Box>
    </Box>
  );
}
