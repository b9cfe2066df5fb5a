// The tenant's custom fields as the config subgraph serves them: the types of
// operations/config.graphql (`fieldDefinitions`, `valueLists`), generated from the supergraph.

import type { ConsoleValueListsQuery, FieldDefinitionRowFragment } from '../../generated/graphql';

export type { ConfigurableEntity, FieldType } from '../../generated/graphql';

/** A custom field; `visibleWhen`: shown (and required, and accepted) only while it holds. */
export type FieldDefinition = FieldDefinitionRowFragment;

/** `field`: another custom field's key (or `customFields.<key>`), or a built-in field's name. */
export type FieldCondition = NonNullable<FieldDefinition['visibleWhen']>;

export type ValueListItem = ConsoleValueListsQuery['valueLists'][number]['items'][number];

/** The choices of a SELECT / MULTI_SELECT field, by the definition's `listKey`. */
export type ChoicesByList = Record<string, ValueListItem[]>;

/** Whether a field shows for the form's current values (see visibility.ts). */
export type VisibilityRule = (
  definition: FieldDefinition,
  values: Record<string, unknown>,
) => boolean;
