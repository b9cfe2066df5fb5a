import { FieldDefinitionRowFragmentDoc } from '../generated/graphql';
import type { ResourceOperations } from './resourceOperations';
import { selectionOf } from './selectionOf';

// The comune's configuration (config subgraph): custom fields, value lists, indicators. Value
// lists are listed without their items (comuni and countries hold thousands): the value list
// pages load one list's items by key. Indicators and lists are saved by key (upserts), so their
// edit pages save through `useGraphQL` (resources/indicators, resources/valueLists).

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const numberOrNull = (value: unknown) =>
  value === '' || value === null || value === undefined ? null : Number(value);

export const INDICATOR_FIELDS = `id key label entity aggregate field filter groupBy unit target position
  period { field from to lastMonths }`;

/** IndicatorInput from an indicator form. */
export function indicatorInput(data: Record<string, unknown>) {
  const period = (data.period ?? {}) as Record<string, unknown>;
  return {
    key: data.key,
    label: data.label,
    entity: data.entity,
    aggregate: data.aggregate,
    field: blankToNull(data.field),
    filter: data.filter && Object.keys(data.filter).length ? data.filter : null,
    groupBy: blankToNull(data.groupBy),
    period: blankToNull(period.field)
      ? {
          field: period.field,
          from: blankToNull(period.from),
          to: blankToNull(period.to),
          lastMonths: numberOrNull(period.lastMonths),
        }
      : null,
    unit: blankToNull(data.unit),
    target: numberOrNull(data.target),
    position: numberOrNull(data.position),
  };
}

/** ValueListInput from a list form: items in the order shown. */
export function valueListInput(data: Record<string, unknown>) {
  return {
    key: data.key,
    label: data.label,
    items: ((data.items ?? []) as Record<string, unknown>[]).map((item, index) => ({
      code: item.code,
      label: item.label,
      active: item.active ?? true,
      position: index,
    })),
  };
}

export const CONFIGURATION_OPERATIONS: Record<string, ResourceOperations> = {
  fieldDefinitions: {
    fields: selectionOf(FieldDefinitionRowFragmentDoc),
    list: { query: 'fieldDefinitions', shape: 'array' },
    one: 'fieldDefinition',
    create: { mutation: 'createFieldDefinition', inputType: 'FieldDefinitionInput' },
    update: { mutation: 'updateFieldDefinition', inputType: 'FieldDefinitionUpdateInput' },
    input: (data) => {
      const condition = (data.visibleWhen ?? {}) as Record<string, unknown>;
      return {
        entity: data.entity,
        key: data.key,
        label: data.label,
        type: data.type,
        required: data.required ?? false,
        listKey: blankToNull(data.listKey),
        min: numberOrNull(data.min),
        max: numberOrNull(data.max),
        pattern: blankToNull(data.pattern),
        helpText: blankToNull(data.helpText),
        section: blankToNull(data.section),
        position: numberOrNull(data.position),
        active: data.active ?? true,
        visibleWhen: blankToNull(condition.field)
          ? { field: condition.field, equals: condition.equals ?? null }
          : null,
      };
    },
  },
  valueLists: {
    // `id: key`: a list's pages are addressed by its key (`valueList(key)`), for system lists too.
    fields: 'id: key key label system',
    list: { query: 'valueLists', shape: 'array' },
    create: {
      mutation: 'saveValueList',
      inputType: 'ValueListInput',
      selection: 'id: key key label system',
    },
    input: valueListInput,
  },
  indicators: {
    fields: INDICATOR_FIELDS,
    list: { query: 'indicators', shape: 'array' },
    one: 'indicator',
    create: { mutation: 'saveIndicator', inputType: 'IndicatorInput' },
    delete: 'deleteIndicator',
    input: indicatorInput,
  },
};
