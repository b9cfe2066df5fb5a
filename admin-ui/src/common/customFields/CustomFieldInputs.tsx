import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { CustomFieldInput } from './CustomFieldInput';
import { groupBySection } from './sections';
import type { ChoicesByList, ConfigurableEntity, FieldDefinition } from './types';
import { useCustomFields } from './useCustomFields';
import { isCustomFieldVisible } from './visibility';

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);

/**
 * A hidden field's value is cleared: the server refuses a value for a field that does not apply
 * ("Campo non applicabile"), and what the user typed before hiding it no longer holds.
 */
function ClearWhenHidden({ source }: { source: string }) {
  const { getValues, setValue } = useFormContext();
  useEffect(() => {
    if (!isEmpty(getValues(source))) setValue(source, null, { shouldDirty: true });
  }, [getValues, setValue, source]);
  return null;
}

/**
 * The tenant's custom fields of one entity for a form, drawn from the configuration: active ones,
 * by position, under their section's heading, each shown only while its visibility condition holds
 * (re-evaluated on every change). Put it after the entity's own inputs:
 * `<CustomFieldInputs entity="SUBJECT" />` (values go to `customFields.<key>`).
 */
export function CustomFieldInputs({ entity }: { entity: ConfigurableEntity }) {
  const { definitions, choices } = useCustomFields(entity);
  return <CustomFieldSections definitions={definitions} choices={choices} />;
}

/** The same, from definitions already at hand (a preview in the configuration screens). */
export function CustomFieldSections({
  definitions,
  choices = {},
}: {
  definitions: FieldDefinition[];
  choices?: ChoicesByList;
}) {
  const values = useWatch() as Record<string, unknown>;
  const active = definitions.filter((d) => d.active);
  const visible = active.filter((d) => isCustomFieldVisible(d, values, definitions));
  const hidden = active.filter((d) => !visible.includes(d));
  return (
    <>
      {groupBySection(visible).map(([section, fields]) => (
        <Box
          component="fieldset"
          key={section}
          sx={{ border: 0, p: 0, m: 0, width: '100%', display: 'flex', flexDirection: 'column' }}
        >
          {section && (
            <Typography component="legend" variant="subtitle1" sx={{ mt: 2, mb: 1, p: 0 }}>
              {section}
            </Typography>
          )}
          {fields.map((definition) => (
            <CustomFieldInput key={definition.id} definition={definition} choices={choices} />
          ))}
        </Box>
      ))}
      {hidden.map((definition) => (
        <ClearWhenHidden key={definition.id} source={`customFields.${definition.key}`} />
      ))}
    </>
  );
}
