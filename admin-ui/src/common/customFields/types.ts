// The tenant's custom fields as the config subgraph serves them (`fieldDefinitions`, `valueLists`).

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
  /** Shown (and required, and accepted) only while another field equals `equals`. */
  visibleWhen?: FieldCondition | null;
}

/** `field`: another custom field's key (or `customFields.<key>`), or a built-in field's name. */
export interface FieldCondition {
  field: string;
  equals: unknown;
}

export interface ValueListItem {
  code: string;
  label: string;
  active: boolean;
  position: number;
}

/** The choices of a SELECT / MULTI_SELECT field, by the definition's `listKey`. */
export type ChoicesByList = Record<string, ValueListItem[]>;

/** Whether a field shows for the form's current values (see visibility.ts). */
export type VisibilityRule = (
  definition: FieldDefinition,
  values: Record<string, unknown>,
) => boolean;
