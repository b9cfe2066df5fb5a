/** Entities whose fields a tenant can extend (docs/CONTRACT.md, Configuration), in menu order. */
export const CONFIGURABLE_ENTITIES = [
  'SUBJECT',
  'HOUSEHOLD',
  'REI_APPLICATION',
  'REI_PROJECT',
  'SOCIAL_BENEFIT',
  'SOCIAL_CASE',
  'REFERRAL',
] as const;
export type ConfigurableEntity = (typeof CONFIGURABLE_ENTITIES)[number];

/** The types of a custom field, in the order the console offers them. */
export const FIELD_TYPES = [
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
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Types whose value is text: a length range (min/max) and a pattern apply. */
export const TEXT_FIELD_TYPES: ReadonlySet<string> = new Set([
  'TEXT',
  'LONG_TEXT',
  'EMAIL',
  'PHONE',
]);
/** Types whose value is a number: a value range (min/max) applies. */
export const NUMBER_FIELD_TYPES: ReadonlySet<string> = new Set(['INTEGER', 'DECIMAL']);
/** Types whose values come from a value list (`listKey`). */
export const LIST_FIELD_TYPES: ReadonlySet<string> = new Set(['SELECT', 'MULTI_SELECT']);
