// The tenant's custom fields as CONTRACT.md describes them ("Configuration"). The config subgraph
// will serve them through `fieldDefinitions(entity)` and `valueLists`.

export type ConfigurableEntity =
  'SUBJECT' | 'HOUSEHOLD' | 'REI_APPLICATION' | 'REI_PROJECT' | 'SOCIAL_BENEFIT';

export type FieldType =
  | 'TEXT'
  | 'LONG_TEXT'
  | 'INTEGER'
  | 'DECIMAL'
  | 'BOOLEAN'
  | 'DATE'
  | 'SELECT'
  | 'MULTI_SELECT'
  | 'EMAIL'
  | 'PHONE';

export interface FieldDefinition {
  id: string;
  entity: ConfigurableEntity;
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  listKey?: string | null;
  min?: number | null;
  max?: number | null;
  pattern?: string | null;
  helpText?: string | null;
  section?: string | null;
  position: number;
  active: boolean;
}

export interface ValueListItem {
  code: string;
  label: string;
  active: boolean;
  position: number;
}

/** The choices of a SELECT / MULTI_SELECT field, by the definition's `listKey`. */
export type ChoicesByList = Record<string, ValueListItem[]>;

/** Whether a field shows for the form's current values (the visibility condition, when it comes). */
export type VisibilityRule = (
  definition: FieldDefinition,
  values: Record<string, unknown>,
) => boolean;
