/**
 * The check digit (11th) of a numeric codice fiscale or partita IVA from its first 10 digits
 * (Luhn-like: odd positions as they are, even positions doubled with 9 taken off above 9).
 *
 * @throws RangeError when the input is not 10 digits.
 */
export function numericFiscalCodeCheckDigit(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new RangeError(`Servono le prime 10 cifre: "${first10}"`);
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const digit = Number(first10.charAt(index));
    if (index % 2 === 0) sum += digit;
    else sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Why an 11-digit numeric codice fiscale is not valid (Italian), or null when it is. */
export function numericFiscalCodeError(code: string): string | null {
  if (!/^\d{11}$/.test(code)) return 'Il codice fiscale numerico deve avere 11 cifre';
  if (/^0+$/.test(code)) return 'Codice fiscale numerico non valido';
  if (numericFiscalCodeCheckDigit(code.slice(0, 10)) !== code.charAt(10))
    return 'Cifra di controllo errata';
  return null;
}
