import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLEnumType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { FieldError } from '../errors';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars';

/** The kernel scalars whose values the gateway checks itself (its supergraph's are opaque). */
const CHECKED: Record<string, GraphQLScalarType> = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
};

/** Most field errors reported for one operation (a list of a million bad dates gives 20). */
const MAX_ERRORS = 20;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Valore non valido';
}

/**
 * A variable's value outside its enum (a list's `XxxSortField`, a status in a filter): the same
 * refusal as coercion's, as a field error in Italian naming the values allowed.
 */
function enumError(type: GraphQLEnumType, value: unknown, path: string): FieldError | null {
  if (typeof value === 'string' && type.getValue(value)) return null;
  const allowed = type.getValues().map((v) => v.name);
  return {
    field: path,
    message: `${JSON.stringify(value)} non è un valore di ${type.name}: usare ${allowed.join(', ')}`,
  };
}

/** Whether values of `type` may hold a checked scalar or an enum (memoised; cycles are fine). */
function holdsChecked(type: GraphQLNamedType, memo: Map<GraphQLNamedType, boolean>): boolean {
  const known = memo.get(type);
  if (known !== undefined) return known;
  if (isEnumType(type)) {
    memo.set(type, true);
    return true;
  }
  if (isScalarType(type)) {
    memo.set(type, type.name in CHECKED);
    return type.name in CHECKED;
  }
  if (!isInputObjectType(type)) {
    memo.set(type, false);
    return false;
  }
  memo.set(type, false); // while visiting: a cycle adds nothing
  const holds = Object.values(type.getFields()).some((f) => {
    let t = f.type as GraphQLInputType;
    while (isNonNullType(t) || isListType(t)) t = t.ofType as GraphQLInputType;
    return holdsChecked(t, memo);
  });
  memo.set(type, holds);
  return holds;
}

/** Checks a JSON variable value against its type; shapes that do not match are left to coercion. */
function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  errors: FieldError[],
  memo: Map<GraphQLNamedType, boolean>,
): void {
  if (errors.length >= MAX_ERRORS || value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, errors, memo);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    if (Array.isArray(value))
      value.forEach((v, i) => checkValue(v, item, `${path}.${i}`, errors, memo));
    else checkValue(value, item, path, errors, memo);
    return;
  }
  if (!holdsChecked(type, memo)) return;
  if (isEnumType(type)) {
    const error = enumError(type, value, path);
    if (error) errors.push(error);
    return;
  }
  if (isScalarType(type)) {
    try {
      CHECKED[type.name]!.parseValue(value);
    } catch (error) {
      errors.push({ field: path, message: messageOf(error) });
    }
    return;
  }
  if (isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = type.getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) checkValue(v, field.type, `${path}.${key}`, errors, memo);
    }
  }
}

/** Checks a literal against its type; variables inside it are checked with the variables. */
function checkLiteral(
  node: ValueNode,
  type: GraphQLInputType,
  path: string,
  errors: FieldError[],
  memo: Map<GraphQLNamedType, boolean>,
): void {
  if (errors.length >= MAX_ERRORS || node.kind === Kind.NULL || node.kind === Kind.VARIABLE) return;
  if (isNonNullType(type)) return checkLiteral(node, type.ofType, path, errors, memo);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    if (node.kind === Kind.LIST)
      node.values.forEach((v, i) => checkLiteral(v, item, `${path}.${i}`, errors, memo));
    else checkLiteral(node, item, path, errors, memo);
    return;
  }
  if (!holdsChecked(type, memo)) return;
  if (isScalarType(type)) {
    try {
      CHECKED[type.name]!.parseLiteral(node, undefined);
    } catch (error) {
      errors.push({ field: path, message: messageOf(error) });
    }
    return;
  }
  if (isInputObjectType(type) && node.kind === Kind.OBJECT) {
    const fields = type.getFields();
    for (const f of node.fields) {
      const field = fields[f.name.value];
      if (field) checkLiteral(f.value, field.type, `${path}.${f.name.value}`, errors, memo);
    }
  }
}

/**
 * Field errors of the literals of the operation and of the document's fragments (constant for a
 * document: the plugin computes them once per document).
 */
function literalErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  memo: Map<GraphQLNamedType, boolean>,
): FieldError[] {
  const errors: FieldError[] = [];
  const typeInfo = new TypeInfo(schema);
  const check = (value: ValueNode, path: string) => {
    const type = typeInfo.getInputType();
    if (type) checkLiteral(value, type, path, errors, memo);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument(node) {
        check(node.value, node.name.value);
        return false;
      },
      VariableDefinition(node) {
        if (node.defaultValue) {
          const type = typeFromAST(schema, node.type) as GraphQLInputType | undefined;
          if (type) checkLiteral(node.defaultValue, type, node.variable.name.value, errors, memo);
        }
        return false;
      },
    }),
  );
  return errors;
}

/**
 * Field errors of an operation's values of the kernel's `Date`, `DateTime` and `Decimal`: in its
 * variables (field `input.birthDate` for `$input`), in its argument literals (field = argument
 * name and path) and in variables' default values; and of its variables' enum values (literals
 * outside an enum already fail validation). Walks only the types that can hold them.
 */
export function scalarInputErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  cachedLiteralErrors?: FieldError[],
): FieldError[] {
  const memo = memoOf(schema);
  const errors = [...(cachedLiteralErrors ?? literalErrors(schema, document, operation, memo))];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const value = variables?.[name];
    if (value === undefined) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) checkValue(value, type, name, errors, memo);
  }
  return errors.slice(0, MAX_ERRORS);
}

const memos = new WeakMap<GraphQLSchema, Map<GraphQLNamedType, boolean>>();
function memoOf(schema: GraphQLSchema): Map<GraphQLNamedType, boolean> {
  let memo = memos.get(schema);
  if (!memo) memos.set(schema, (memo = new Map()));
  return memo;
}

/**
 * Refuses, before any subgraph is called, an operation with a malformed `Date`, `DateTime` or
 * `Decimal`, or a variable outside its enum (`sort: { field: "lastName" }` for a
 * `SubjectSortField`): `BAD_USER_INPUT`, HTTP 400, one field error per bad value with its path. The
 * gateway needs it because the supergraph's scalars accept anything: without it a bad value
 * reached a subgraph, maybe after other parts of the operation had already run.
 */
export function scalarInputGuardPlugin(): ApolloServerPlugin<object> {
  const literalCache = new WeakMap<DocumentNode, Map<string, FieldError[]>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          let perOperation = literalCache.get(document);
          if (!perOperation) literalCache.set(document, (perOperation = new Map()));
          const key = request.operationName ?? '';
          let literals = perOperation.get(key);
          if (!literals) {
            literals = literalErrors(schema, document, operation, memoOf(schema));
            perOperation.set(key, literals);
          }
          const errors = scalarInputErrors(
            schema,
            document,
            operation,
            request.variables,
            literals,
          );
          if (errors.length === 0) return;
          throw new GraphQLError(errors.length === 1 ? errors[0]!.message : 'Dati non validi', {
            extensions: { code: 'BAD_USER_INPUT', fieldErrors: errors, http: { status: 400 } },
          });
        },
      };
    },
  };
}
