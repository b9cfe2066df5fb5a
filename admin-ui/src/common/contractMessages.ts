import type { FormErrors } from '../dataProvider/contractErrors';

// A failed contract operation (HttpError from the data provider) split into what goes under the
// inputs of a form and what must be said above it.

function flatten(errors: FormErrors, prefix = ''): [string, string][] {
  return Object.entries(errors).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

export interface SplitErrors {
  /** Errors for inputs the form shows (react-admin's server-side validation shape). */
  formErrors: FormErrors | undefined;
  /** Messages (or translation keys) for an alert: the server's own words. */
  messages: string[];
}

/** `inputs`: the sources of the form's inputs; every other field error is a message. */
export function splitContractError(error: unknown, inputs: readonly string[] = []): SplitErrors {
  const httpError = error as { message?: string; body?: { errors?: FormErrors } };
  const entries = flatten(httpError?.body?.errors ?? {});
  const isInput = (path: string) => inputs.some((i) => path === i || path.startsWith(`${i}.`));
  const formErrors: FormErrors = {};
  const messages: string[] = [];
  for (const [path, message] of entries) {
    if (isInput(path)) formErrors[path] = message;
    else messages.push(message);
  }
  if (entries.length === 0) messages.push(httpError?.message ?? 'app.error.server');
  return { formErrors: Object.keys(formErrors).length ? formErrors : undefined, messages };
}
