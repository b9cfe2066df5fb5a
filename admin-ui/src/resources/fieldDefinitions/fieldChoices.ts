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

// The configuration lists open with 100 rows (a comune's fields fit one page): react-admin's
// "Righe per pagina" must offer 100, or its selector shows nothing.
export const ROWS_PER_PAGE = [25, 50, 100, 200];
