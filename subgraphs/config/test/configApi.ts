import { errorCode, graphql, graphqlOk, type GraphQLResult } from '@sisa/testing';

/** GraphQL operations of the configuration API, as the console and third parties send them. */
export const OPS = {
  createField: `mutation C($i: FieldDefinitionInput!) { createFieldDefinition(input: $i) { id entity key label type required listKey min max pattern helpText section position active visibleWhen { field equals } } }`,
  updateField: `mutation U($id: ID!, $i: FieldDefinitionUpdateInput!) { updateFieldDefinition(id: $id, input: $i) { id key type listKey active label position visibleWhen { field equals } } }`,
  fields: `query F($e: ConfigurableEntity) { fieldDefinitions(entity: $e) { id entity key type active position } }`,
  field: `query F($id: ID!) { fieldDefinition(id: $id) { id key } }`,
  usage: `query U($id: ID!) { fieldDefinitionUsage(id: $id) }`,
  saveList: `mutation S($i: ValueListInput!) { saveValueList(input: $i) { id key label system items { code label active position } } }`,
  lists: `query L($keys: [String!]) { valueLists(keys: $keys) { id key label system items { code label active position } } }`,
  list: `query L($k: String!) { valueList(key: $k) { id key label system items { code label active position } } }`,
  saveIndicator: `mutation S($i: IndicatorInput!) { saveIndicator(input: $i) { id key label entity aggregate field filter groupBy period { field from to lastMonths } unit target position } }`,
  deleteIndicator: `mutation D($id: ID!) { deleteIndicator(id: $id) }`,
  indicators: `{ indicators { id key label entity aggregate field filter groupBy position period { field from to lastMonths } measurement { __typename value groups { key value } computedAt error } } }`,
  ensureDefaults: `mutation E($t: ID) { ensureDefaultIndicators(tenantId: $t) }`,
  parameterSets: `query P($m: String!) { parameterSets(measure: $m) { id code measure validFrom validTo values } }`,
  saveParameterSet: `mutation S($i: ParameterSetInput!) { saveParameterSet(input: $i) { id code measure validFrom validTo values } }`,
  audit: `query A($f: AuditEventFilter, $p: Int, $pp: Int, $s: AuditEventSort) { auditEvents(filter: $f, page: $p, perPage: $pp, sort: $s) { total items { id at actor entity entityId action changes } } }`,
  tenantConfiguration: `query T($k: [String!]!) { tenantConfiguration(listKeys: $k) { version fieldDefinitions { entity key type listKey active visibleWhen { field equals } } valueLists { key system items { code active } } } }`,
};

/** The field paths of a BAD_USER_INPUT answer. */
export function fieldErrorPaths(result: GraphQLResult<unknown>): string[] {
  return result.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.field) ?? [];
}

/** The message of the field error on `path`. */
export function fieldError(result: GraphQLResult<unknown>, path: string): string | undefined {
  return result.errors?.[0]?.extensions?.fieldErrors?.find((e) => e.field === path)?.message;
}

export { errorCode, graphql, graphqlOk };

/** A unique lower-case key for a test (keys are unique per tenant). */
export function uniqueKey(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
}
