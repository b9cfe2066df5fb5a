import { ArrayInput, BooleanInput, required, SimpleFormIterator, TextInput } from 'react-admin';

/**
 * The items of a comune's list, in order: code (stored in the records), label, active. An item
 * left out of a save stays, deactivated: a published code is never deleted.
 */
export function ValueListItemsInput() {
  return (
    <ArrayInput source="items">
      <SimpleFormIterator inline>
        <TextInput source="code" label="resources.valueLists.fields.code" validate={required()} />
        <TextInput
          source="label"
          label="resources.valueLists.fields.itemLabel"
          validate={required()}
          sx={{ minWidth: 280 }}
        />
        <BooleanInput source="active" label="resources.valueLists.fields.active" defaultValue />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
