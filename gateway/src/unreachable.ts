import {
  Kind,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from 'graphql';

/** At most this many errors for one unreachable fetch (a page of 200 subjects is 200 paths). */
const MAX_ERRORS = 50;

/** The response keys (alias or name) a selection set asks for, fragments flattened. */
function responseKeys(selectionSet: SelectionSetNode | undefined, keys = new Set<string>()) {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (key !== '__typename') keys.add(key);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(selection.selectionSet, keys);
    }
  }
  return keys;
}

/**
 * The errors of a subgraph fetch that could not be sent (the subgraph is down): one per field
 * the fetch was to fill, at that field's path, so the gateway nulls those fields alone and the
 * caller sees where. An entities fetch names `["_entities", i, field]` (the gateway turns it
 * into the path in the caller's answer), a root fetch `[field]`. The message names the service,
 * never its address.
 */
export function unreachableSubgraphErrors(
  subgraph: string,
  query: string | DocumentNode,
  variables: Record<string, unknown> | undefined,
): GraphQLFormattedError[] {
  const message = `Il servizio ${subgraph} non risponde: riprova tra poco`;
  const extensions = { code: 'INTERNAL_SERVER_ERROR' };
  let document: DocumentNode;
  try {
    document = typeof query === 'string' ? parse(query) : query;
  } catch {
    return [{ message, extensions }];
  }
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const roots = operation?.selectionSet.selections ?? [];
  const entities = roots.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const errors: GraphQLFormattedError[] = [];
  if (entities?.kind === Kind.FIELD) {
    const fields = [...responseKeys(entities.selectionSet)];
    const count = Array.isArray(variables?.representations) ? variables.representations.length : 0;
    for (let i = 0; i < count && errors.length < MAX_ERRORS; i++) {
      for (const field of fields)
        errors.push({ message, path: ['_entities', i, field], extensions });
    }
  } else if (operation) {
    for (const field of responseKeys(operation.selectionSet)) {
      errors.push({ message, path: [field], extensions });
    }
  }
  return errors.length > 0 ? errors.slice(0, MAX_ERRORS) : [{ message, extensions }];
}
