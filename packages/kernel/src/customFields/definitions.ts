import type { ConfigurableEntity, FieldType } from '@sisa/rules';

// The entities and field types are the console's too (@sisa/rules).
export {
  CONFIGURABLE_ENTITIES,
  FIELD_TYPES,
  type ConfigurableEntity,
  type FieldType,
} from '@sisa/rules';

/** `^[a-z][a-zA-Z0-9_]{0,39}$`, unique per tenant and entity. */
export const FIELD_KEY_PATTERN = /^[a-z][a-zA-Z0-9_]{0,39}$/;

/** A tenant's custom field, as every owning subgraph validates it. */
export interface CustomFieldDefinition {
  entity: ConfigurableEntity;
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** Value list of SELECT / MULTI_SELECT fields. */
  listKey?: string | null;
  /** Bounds: the value for numbers, the length for texts, the count for MULTI_SELECT. */
  min?: number | null;
  max?: number | null;
  /** A regular expression the whole text must match (TEXT, LONG_TEXT, EMAIL, PHONE). */
  pattern?: string | null;
  helpText?: string | null;
  section?: string | null;
  position: number;
  /** Inactive fields keep their stored values but accept no new ones. */
  active: boolean;
  /** Shown (and required, and accepted) only when another field of the entity equals a value. */
  visibleWhen?: { field: string; equals: unknown } | null;
}

/** The stored custom values of one record. */
export type CustomFieldValues = Record<string, unknown>;
