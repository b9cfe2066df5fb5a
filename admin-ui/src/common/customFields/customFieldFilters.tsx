import type { ReactElement } from 'react';
import { DateInput, NullableBooleanInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import type { ChoicesByList, ConfigurableEntity, FieldDefinition } from './types';
import { choicesOf, useCustomFields } from './useCustomFields';

/**
 * One list filter per active custom field (`filter.customFields.<key>`, matched by the server
 * with JSON containment: an exact value, or one of the choices of a multiple choice).
 */
export function customFieldFilters(
  definitions: readonly FieldDefinition[],
  choices: ChoicesByList,
): ReactElement[] {
  return definitions
    .filter((d) => d.active)
    .map((definition) => {
      const source = `customFields.${definition.key}`;
      const props = { source, label: definition.label };
      switch (definition.type) {
        case 'SELECT':
          return (
            <SelectInput
              key={source}
              {...props}
              choices={choicesOf(choices[definition.listKey ?? ''])}
            />
          );
        case 'MULTI_SELECT':
          // Containment of one code: records whose choices include it.
          return (
            <SelectInput
              key={source}
              {...props}
              choices={choicesOf(choices[definition.listKey ?? ''])}
              parse={(code: string) => (code ? [code] : null)}
              format={(codes: unknown) => (Array.isArray(codes) ? (codes[0] ?? '') : '')}
            />
          );
        case 'BOOLEAN':
          return <NullableBooleanInput key={source} {...props} />;
        case 'INTEGER':
        case 'DECIMAL':
          return <NumberInput key={source} {...props} />;
        case 'DATE':
          return <DateInput key={source} {...props} />;
        default:
          return <TextInput key={source} {...props} />;
      }
    });
}

/** The list filters of `entity`'s custom fields: `<List filters={[...own, ...useCustomFieldFilters('SUBJECT')]}>`. */
export function useCustomFieldFilters(entity: ConfigurableEntity): ReactElement[] {
  const { definitions, choices } = useCustomFields(entity);
  return customFieldFilters(definitions, choices);
}
