import { Box, Typography } from '@mui/material';
import { Labeled, useRecordContext } from 'react-admin';
import { formatCustomValue } from './customFieldValue';
import { groupBySection } from './sections';
import type { ConfigurableEntity } from './types';
import { useCustomFields } from './useCustomFields';
import { isCustomFieldVisible } from './visibility';

/**
 * The record's custom values for a show page, drawn from the configuration: by section and
 * position; a field hidden by its condition, or no longer active, shows only when it holds a value.
 * Put it in a show layout: `<CustomFieldsShow entity="SUBJECT" />`.
 */
export function CustomFieldsShow({ entity }: { entity: ConfigurableEntity }) {
  const record = useRecordContext<{ customFields?: Record<string, unknown> }>();
  const { definitions, choices } = useCustomFields(entity);
  if (!record) return null;
  const values = record.customFields ?? {};
  const shown = definitions.filter((d) => {
    const hasValue = values[d.key] !== undefined && values[d.key] !== null;
    return hasValue || (d.active && isCustomFieldVisible(d, record, definitions));
  });
  return (
    <>
      {groupBySection(shown).map(([section, fields]) => (
        <Box component="section" key={section} sx={{ width: '100%' }}>
          {section && (
            <Typography component="h3" variant="subtitle1" sx={{ mt: 2, mb: 1 }}>
              {section}
            </Typography>
          )}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
            {fields.map((definition) => (
              <Labeled key={definition.id} label={definition.label}>
                <Typography component="span" variant="body2" data-field={definition.key}>
                  {formatCustomValue(definition, values[definition.key], choices) || '—'}
                </Typography>
              </Labeled>
            ))}
          </Box>
        </Box>
      ))}
    </>
  );
}
