import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { FieldError } from '../errors';

const NUL = '\u0000';
const NUL_MESSAGE = 'Il testo contiene un carattere non ammesso (NUL, \\u0000)';

/** The paths (`i.firstName`, `f.ids.2`) of the strings and keys in `value` that hold a NUL. */
export function nulBytePaths(value: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulBytePaths(item, path ? `${path}.${i}` : String(i), found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes(NUL)) found.push(at);
      else nulBytePaths(item, at, found);
    }
  }
  return found;
}

function literalHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Refuses, before anything runs, an operation with a NUL character in any string: in its
 * variables (at any depth, JSON values and keys too) or in a string literal of the document.
 * PostgreSQL stores no NUL in text or jsonb; without this check the write fails deep down as an
 * internal error instead of bad input.
 */
export function nulByteGuardPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, source }) {
          const errors: FieldError[] = nulBytePaths(request.variables ?? {}).map((field) => ({
            field,
            message: NUL_MESSAGE,
          }));
          if (source.includes('\\u') && literalHasNul(document))
            errors.push({ field: 'query', message: NUL_MESSAGE });
          if (errors.length === 0) return;
          throw new GraphQLError(errors.length === 1 ? NUL_MESSAGE : 'Dati non validi', {
            extensions: { code: 'BAD_USER_INPUT', fieldErrors: errors, http: { status: 400 } },
          });
        },
      };
    },
  };
}
