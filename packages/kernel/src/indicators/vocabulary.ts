import type { IndicatorField, IndicatorFieldType } from '@sisa/rules';
import type { ConfigurableEntity, CustomFieldDefinition } from '../customFields/definitions';
import { platformSubgraphs } from '../subgraph/manifest';

export type { IndicatorField, IndicatorFieldType } from '@sisa/rules';

/**
 * The built-in fields of an entity that indicators may read: the vocabulary of the subgraph that
 * measures it (its manifest's `measurement.fields`, in `SISA_SUBGRAPHS`); none while no subgraph
 * of the platform measures it. The owning subgraph maps every name to SQL in its catalogue (a
 * test there checks that all of them compile and run); the config subgraph validates indicator
 * specs against it and the console offers it.
 */
export function builtInIndicatorFields(
  entity: ConfigurableEntity,
  env: NodeJS.ProcessEnv = process.env,
): readonly IndicatorField[] {
  const owner = platformSubgraphs(env).find((s) => s.measurement?.entities.includes(entity));
  return owner?.measurement?.fields?.[entity] ?? [];
}

/** One field of a subgraph's indicator vocabulary. */
export const indicatorField = (
  name: string,
  label: string,
  type: IndicatorFieldType,
): IndicatorField => ({ name, label, type });

const CUSTOM_TYPES: Record<CustomFieldDefinition['type'], IndicatorFieldType> = {
  TEXT: 'TEXT',
  LONG_TEXT: 'TEXT',
  EMAIL: 'TEXT',
  PHONE: 'TEXT',
  SELECT: 'TEXT',
  MULTI_SELECT: 'TEXT',
  INTEGER: 'NUMBER',
  DECIMAL: 'NUMBER',
  DATE: 'DATE',
  BOOLEAN: 'BOOLEAN',
};

/**
 * Built-in fields of `entity` plus its custom fields (as `customFields.<key>`), inactive ones
 * included: deactivating a field keeps its data, and the indicators that read it.
 */
export function indicatorFieldsOf(
  entity: ConfigurableEntity,
  customFields: readonly CustomFieldDefinition[],
): IndicatorField[] {
  return [
    ...builtInIndicatorFields(entity),
    ...customFields
      .filter((d) => d.entity === entity)
      .map((d) => ({
        name: `customFields.${d.key}`,
        label: d.label,
        type: CUSTOM_TYPES[d.type],
        ...(d.type === 'MULTI_SELECT' ? { multiple: true } : {}),
      })),
  ];
}
