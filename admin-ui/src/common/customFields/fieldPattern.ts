import type { Validator } from 'react-admin';

type Matcher = (text: string) => boolean;

const matchers = new Map<string, Promise<Matcher | null>>();

/**
 * The server matches a field's pattern with RE2 (kernel `compileFieldPattern`): so does the form,
 * with the same engine, so no pattern can freeze the browser either and both agree on what a
 * pattern means. re2js is loaded only when a form shows a field with a pattern, never on the
 * first screen. A pattern RE2 cannot compile is left to the server, which explains it.
 */
function matcherOf(pattern: string): Promise<Matcher | null> {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = import('re2js').then(({ RE2JS }) => {
      try {
        const re = RE2JS.compile(`(?:${pattern})`);
        return (text: string) => re.matches(text);
      } catch {
        return null;
      }
    });
    matchers.set(pattern, matcher);
  }
  return matcher;
}

/** Validates a text against the whole-text pattern, as `regex()` would but in linear time. */
export function fieldPattern(pattern: string): Validator {
  return async (value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    const matches = await matcherOf(pattern);
    // The server trims (and collapses spaces in short texts) before matching: a near enough check.
    if (!matches || matches(value.trim())) return undefined;
    return { message: 'ra.validation.regex', args: { pattern } };
  };
}
