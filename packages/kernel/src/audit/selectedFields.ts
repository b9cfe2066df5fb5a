import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const cache = new WeakMap<DocumentNode, Map<string, string[]>>();

/**
 * The `Type.field` pairs of `watched` that the operation selects (through fragments too), and
 * its root fields. Worked out once per parsed document: Apollo reuses the document of a query
 * it has seen, so a repeated query costs a map lookup.
 */
export function selectedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  watched: readonly string[],
): { special: string[]; roots: string[] } {
  let byOperation = cache.get(document);
  if (!byOperation) cache.set(document, (byOperation = new Map()));
  const key = operation.name?.value ?? '';
  let found = byOperation.get(key);
  if (!found) {
    found = walk(schema, document, operation, new Set(watched));
    byOperation.set(key, found);
  }
  const roots = operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [],
  );
  return { special: found, roots };
}

function walk(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  watched: Set<string>,
): string[] {
  const found = new Set<string>();
  if (watched.size === 0) return [];
  const typeInfo = new TypeInfo(schema);
  // The operation and every fragment of the document (a fragment not used selects nothing
  // harmful to list: fields are what the caller asked the subgraph for).
  const parts = document.definitions.filter(
    (d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION,
  );
  for (const part of parts) {
    visit(
      part,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          const name = parent ? `${parent.name}.${node.name.value}` : '';
          if (watched.has(name)) found.add(name);
        },
      }),
    );
  }
  return [...found].sort();
}
