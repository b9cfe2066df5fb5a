import { Box, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { CustomFieldInput } from './CustomFieldInput';
import type { ChoicesByList, FieldDefinition, VisibilityRule } from './types';

const alwaysVisible: VisibilityRule = () => true;

/**
 * The tenant's custom fields of one entity, for a form: active ones, by position, grouped under
 * their section's heading; `isVisible` is re-evaluated on every change of the form's values.
 * Entity forms put it after their own inputs: `<CustomFieldInputs definitions={…} choices={…} />`.
 */
export function CustomFieldInputs({
  definitions,
  choices = {},
  isVisible = alwaysVisible,
}: {
  definitions: FieldDefinition[];
  choices?: ChoicesByList;
  isVisible?: VisibilityRule;
}) {
  const values = useWatch() as Record<string, unknown>;
  const sections = new Map<string, FieldDefinition[]>();
  for (const definition of [...definitions]
    .filter((d) => d.active)
    .sort((a, b) => a.position - b.position)) {
    if (!isVisible(definition, values)) continue;
    const section = definition.section ?? '';
    sections.set(section, [...(sections.get(section) ?? []), definition]);
  }
  return (
    <>
      {[...sections].map(([section, fields]) => (
        <Box component="fieldset" key={section} sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
          {section && (
            <Typography component="legend" variant="subtitle1" sx={{ mt: 2, mb: 1 }}>
              {section}
            </Typography>
          )}
          {fields.map((definition) => (
            <CustomFieldInput key={definition.id} definition={definition} choices={choices} />
          ))}
        </Box>
      ))}
    </>
  );
}
