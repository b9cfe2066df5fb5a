/** The entities a comune can add fields to, and the field types, with their Italian names. */
export const ENTITY_CHOICES = [
  'SUBJECT',
  'HOUSEHOLD',
  'REI_APPLICATION',
  'REI_PROJECT',
  'SOCIAL_BENEFIT',
].map((id) => ({ id, name: `app.entity.${id}` }));

export const TYPE_CHOICES = [
  'TEXT',
  'LONG_TEXT',
  'INTEGER',
  'DECIMAL',
  'BOOLEAN',
  'DATE',
  'SELECT',
  'MULTI_SELECT',
  'EMAIL',
  'PHONE',
].map((id) => ({ id, name: `resources.fieldDefinitions.type.${id}` }));

export const LIST_TYPES = new Set(['SELECT', 'MULTI_SELECT']);
export const TEXT_TYPES = new Set(['TEXT', 'LONG_TEXT', 'EMAIL', 'PHONE']);
export const NUMBER_TYPES = new Set(['INTEGER', 'DECIMAL']);
