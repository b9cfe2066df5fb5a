import { HttpError } from 'ra-core';
import type { ContractError } from '../api/gateway';

/** Nested form errors, react-admin's server-side validation shape: `{ customFields: { isee: '…' } }`. */
export type FormErrors = { [field: string]: string | FormErrors };

/**
 * `fieldErrors` of BAD_USER_INPUT → react-admin's form errors. The contract names a field by its
 * input path (`input.username`, `input.customFields.isee`); the form by its source (`username`,
 * `customFields.isee`), so the `input.` prefix goes and the rest nests.
 */
export function toFormErrors(fieldErrors: { field: string; message: string }[]): FormErrors {
  const errors: FormErrors = {};
  for (const { field, message } of fieldErrors) {
    const path = field.replace(/^input\./, '').split('.');
    let node = errors;
    path.forEach((key, index) => {
      const last = index === path.length - 1;
      const current = node[key];
      if (last) {
        node[key] = typeof current === 'string' ? `${current} ${message}` : (current ?? message);
      } else {
        if (typeof current === 'string') return; // a message on the parent already covers it
        node = node[key] = current ?? {};
      }
    });
  }
  return errors;
}

/** A resource or method the map in resourceOperations.ts does not hold: a programming error. */
export class UnmappedOperationError extends Error {
  override name = 'UnmappedOperationError';
}

/** `xxx(id)` answered null: the record does not exist (or belongs to another comune). */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor() {
    super('ra.notification.item_doesnt_exist');
  }
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
};

/**
 * Any failure of a data provider call → an HttpError react-admin understands: `body.errors` puts
 * BAD_USER_INPUT under the right inputs, CONFLICT becomes "someone else changed this record",
 * status 401 lets `authProvider.checkError` end the session. Messages are translation keys or the
 * server's own Italian text.
 */
export function toContractHttpError(error: unknown): Error {
  if (error instanceof UnmappedOperationError) return error;
  // ra-data-graphql wraps every failure in HttpError(message, networkStatus ?? 200, original).
  const raw = error as {
    status?: number;
    body?: { graphQLErrors?: ContractError[] } | Error | null;
  };
  if (raw?.body instanceof RecordNotFoundError)
    return new HttpError(raw.body.message, 404, { code: 'NOT_FOUND' });
  const graphQLErrors =
    (raw?.body && 'graphQLErrors' in raw.body ? raw.body.graphQLErrors : undefined) ?? [];
  const first = graphQLErrors[0];
  if (!first) {
    if (raw?.status === 401)
      return new HttpError('app.error.session_expired', 401, { code: 'UNAUTHENTICATED' });
    // No status: the gateway could not be reached at all.
    return new HttpError(
      raw?.status ? 'app.error.server' : 'app.error.network',
      raw?.status ?? 0,
      {},
    );
  }
  const code = first.extensions?.code;
  const status = STATUS[code ?? ''] ?? 500;
  switch (code) {
    case 'BAD_USER_INPUT': {
      const fieldErrors = graphQLErrors.flatMap((e) => e.extensions?.fieldErrors ?? []);
      return new HttpError(first.message, status, { code, errors: toFormErrors(fieldErrors) });
    }
    case 'CONFLICT':
      return new HttpError('app.error.conflict', status, { code });
    case 'UNAUTHENTICATED':
      return new HttpError('app.error.session_expired', status, { code });
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return new HttpError(first.message, status, { code });
    default:
      return new HttpError('app.error.server', status, { code });
  }
}
