import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  GraphQLError,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { BadUserInputError, type FieldError } from '../errors';
import { pageOfArgs } from './pagination';

interface PagedField {
  definition: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/** The fields of an operation (and its fragments) that take `page` or `perPage`. */
function pagedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): PagedField[] {
  const found: PagedField[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (definition?.args.some((a) => a.name === 'page' || a.name === 'perPage'))
          found.push({ definition, node });
      },
    }),
  );
  return found;
}

/**
 * The field errors of the `page`/`perPage` arguments of an operation's lists, from literals,
 * variables and defaults alike: the same rule (`pageOfArgs`) the subgraphs apply.
 */
function pageArgumentErrors(
  fields: PagedField[],
  variables: Record<string, unknown> | undefined,
): FieldError[] {
  for (const { definition, node } of fields) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, variables);
    } catch {
      continue; // a malformed value: execution reports it as GraphQL does
    }
    try {
      pageOfArgs(args as { page?: number | null; perPage?: number | null });
    } catch (error) {
      if (error instanceof BadUserInputError) return error.fieldErrors;
      throw error;
    }
  }
  return [];
}

/**
 * Refuses, before any subgraph is called, a list asked with `page` < 1 or `perPage` outside
 * 1..200: `BAD_USER_INPUT`, HTTP 400, the field error on `page` or `perPage`. The subgraphs
 * refuse them too (`toLimitOffset`); at the gateway no other part of the operation runs first.
 */
export function pageArgsGuardPlugin(): ApolloServerPlugin<object> {
  const cache = new WeakMap<DocumentNode, Map<string, PagedField[]>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          let perOperation = cache.get(document);
          if (!perOperation) cache.set(document, (perOperation = new Map()));
          const key = request.operationName ?? '';
          let fields = perOperation.get(key);
          if (!fields) perOperation.set(key, (fields = pagedFields(schema, document, operation)));
          if (fields.length === 0) return;
          const errors = pageArgumentErrors(fields, request.variables);
          if (errors.length === 0) return;
          throw new GraphQLError(errors[0]!.message, {
            extensions: { code: 'BAD_USER_INPUT', fieldErrors: errors, http: { status: 400 } },
          });
        },
      };
    },
  };
}
