import { CONFIGURABLE_ENTITIES, FIELD_TYPES } from '@sisa/rules';

/** The entities a comune can add fields to, and the field types (@sisa/rules), in Italian. */
export const ENTITY_CHOICES = CONFIGURABLE_ENTITIES.map((id) => ({ id, name: `app.entity.${id}` }));

export const TYPE_CHOICES = FIELD_TYPES.map((id) => ({
  id,
  name: `resources.fieldDefinitions.type.${id}`,
}));

export {
  LIST_FIELD_TYPES as LIST_TYPES,
  NUMBER_FIELD_TYPES as NUMBER_TYPES,
  TEXT_FIELD_TYPES as TEXT_TYPES,
} from '@sisa/rules';

// The configuration lists open with 100 rows (a comune's fields fit one page): react-admin's
// "Righe per pagina" must offer 100, or its selector shows nothing.
export const ROWS_PER_PAGE = [25, 50, 100, 200];
