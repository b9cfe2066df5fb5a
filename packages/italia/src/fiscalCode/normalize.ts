/**
 * The form codes are stored and compared in: trimmed, upper case, without spaces of any kind
 * (`' rssmra 80a01 f205x '` → `'RSSMRA80A01F205X'`).
 */
export function normalizeFiscalCode(input: string): string {
  return input.replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '').toUpperCase();
}
