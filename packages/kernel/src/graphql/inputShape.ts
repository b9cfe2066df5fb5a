import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { FieldError } from '../errors';

/**
 * How large and how deep one operation's input may be. No list of the contract needs more than
 * a thousand items (pages stop at 200, a nucleo at a few dozen people) and no input nests deeper
 * than a dozen levels (custom fields' JSON included): anything past these is a mistake or an
 * attack, refused before it is coerced, forwarded or stored.
 */
export const INPUT_LIMITS = { maxListItems: 1000, maxDepth: 32 } as const;

const MAX_REPORTED = 20;

/**
 * The paths in `value` where a list is longer, or the nesting deeper, than the limits. Walks
 * without recursion: a body of nested arrays thousands deep must not exhaust the stack.
 */
export function inputShapeViolations(
  value: unknown,
  limits: { maxListItems: number; maxDepth: number } = INPUT_LIMITS,
): FieldError[] {
  const found: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const node = stack.pop()!;
    if (node.value === null || typeof node.value !== 'object') continue;
    if (node.depth > limits.maxDepth) {
      found.push({
        field: node.path || 'variables',
        message: `Dati annidati oltre ${limits.maxDepth} livelli`,
      });
      continue;
    }
    const at = (key: string | number) => (node.path ? `${node.path}.${key}` : String(key));
    if (Array.isArray(node.value)) {
      if (node.value.length > limits.maxListItems) {
        found.push({
          field: node.path || 'variables',
          message: `Elenco troppo lungo: al massimo ${limits.maxListItems} elementi (ne ha ${node.value.length})`,
        });
        continue;
      }
      node.value.forEach((item, i) =>
        stack.push({ value: item, path: at(i), depth: node.depth + 1 }),
      );
    } else {
      for (const [key, item] of Object.entries(node.value))
        stack.push({ value: item, path: at(key), depth: node.depth + 1 });
    }
  }
  return found;
}

/** The literal lists of a document longer than the limit (`[ "a", "b", … ]` written in the query). */
function longLiteralLists(document: DocumentNode, maxListItems: number): FieldError[] {
  const found: FieldError[] = [];
  visit(document, {
    ListValue(node) {
      if (node.values.length > maxListItems && found.length < MAX_REPORTED)
        found.push({
          field: 'query',
          message: `Elenco troppo lungo: al massimo ${maxListItems} elementi (ne ha ${node.values.length})`,
        });
    },
  });
  return found;
}

/**
 * Refuses, before anything runs, an operation whose variables or literals hold a list longer or
 * a nesting deeper than `INPUT_LIMITS`: `BAD_USER_INPUT`, HTTP 400, one field error per place.
 * Runs first among the input guards, so the others walk only inputs of a bounded shape.
 */
export function inputShapeGuardPlugin(limits = INPUT_LIMITS): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const errors = [
            ...inputShapeViolations(request.variables ?? {}, limits),
            ...longLiteralLists(document, limits.maxListItems),
          ];
          if (errors.length === 0) return;
          throw new GraphQLError(errors.length === 1 ? errors[0]!.message : 'Dati non validi', {
            extensions: { code: 'BAD_USER_INPUT', fieldErrors: errors, http: { status: 400 } },
          });
        },
      };
    },
  };
}
