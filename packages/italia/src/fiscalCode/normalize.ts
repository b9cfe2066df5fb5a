const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/**
 * The form codes are stored and compared in: trimmed, upper case, without spaces of any kind
 * (`' rssmra 80a01 f205x '` → `'RSSMRA80A01F205X'`).
 */
export function normalizeFiscalCode(input: string): string {
  // Most codes arrive already in that form: return them as they are.
  for (let index = 0; index < input.length; index += 1) {
    const c = input.charCodeAt(index);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      return input.replace(SPACES, '').toUpperCase();
    }
  }
  return input;
}

/** True when every character is `A`–`Z` or `0`–`9` (and there is at least one). */
export function isUpperAlphanumeric(code: string): boolean {
  if (code.length === 0) return false;
  for (let index = 0; index < code.length; index += 1) {
    const c = code.charCodeAt(index);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}
