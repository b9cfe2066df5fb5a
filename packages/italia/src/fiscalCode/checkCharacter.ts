// Values of the characters in odd positions (1st, 3rd, … 15th), D.M. 23/12/1976.
// prettier-ignore
const ODD_VALUES: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** The value of a character in an even position (2nd, 4th, … 14th): digits 0–9, letters A=0 … Z=25. */
function evenValue(char: string): number {
  return char >= '0' && char <= '9' ? Number(char) : char.charCodeAt(0) - 65;
}

/**
 * The check character (16th) of a person's codice fiscale from its first 15 characters
 * (upper case; omocodic letters allowed): `fiscalCodeCheckCharacter('RSSMRA80A01F205')` is `'X'`.
 *
 * @throws RangeError when the input is not 15 characters among A–Z and 0–9.
 */
export function fiscalCodeCheckCharacter(first15: string): string {
  if (!/^[A-Z0-9]{15}$/.test(first15)) {
    throw new RangeError(
      `Servono i primi 15 caratteri del codice fiscale (A–Z, 0–9): "${first15}"`,
    );
  }
  let sum = 0;
  for (let index = 0; index < 15; index += 1) {
    const char = first15.charAt(index);
    sum += index % 2 === 0 ? (ODD_VALUES[char] ?? 0) : evenValue(char);
  }
  return String.fromCharCode(65 + (sum % 26));
}
