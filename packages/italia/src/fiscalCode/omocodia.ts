import { fiscalCodeCheckCharacter } from './checkCharacter';
import { normalizeFiscalCode } from './normalize';

/** The letters that replace the digits 0–9 in omocodic codes. */
export const OMOCODE_LETTERS = 'LMNPQRSTUV';

/**
 * The 0-based positions of the seven digits that omocodia may replace, from the right, in the
 * order the Agenzia delle Entrate replaces them: place number, day, year.
 */
export const OMOCODE_POSITIONS: readonly number[] = [14, 13, 12, 10, 9, 7, 6];

const PERSON_SHAPE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** True when a normalized code has the shape of a person's code (letters and digits in place). */
export function hasPersonShape(code: string): boolean {
  return PERSON_SHAPE.test(code);
}

/**
 * The first 15 characters with every omocodic letter turned back into its digit
 * (`'RSSMRAULAL1F205'` → `'RSSMRA80A01F205'`).
 */
export function undoOmocodia(first15: string): string {
  const chars = first15.split('');
  for (const position of OMOCODE_POSITIONS) {
    const letterIndex = OMOCODE_LETTERS.indexOf(chars[position] ?? '');
    if (letterIndex >= 0) chars[position] = String(letterIndex);
  }
  return chars.join('');
}

/**
 * The code of the same person without omocodia, check character recomputed
 * (`'RSSMRA80A01F20RS'` → `'RSSMRA80A01F205X'`); any other input is returned normalized as is.
 * Two codes of the same person have the same base code.
 */
export function fiscalCodeBase(code: string): string {
  const normalized = normalizeFiscalCode(code);
  if (!hasPersonShape(normalized)) return normalized;
  const first15 = undoOmocodia(normalized.slice(0, 15));
  return first15 + fiscalCodeCheckCharacter(first15);
}

/**
 * The seven omocodic variants the Agenzia delle Entrate assigns, in order, to people who would
 * otherwise share `code`: the 1st replaces the last digit with a letter, the 2nd the last two, …
 * the 7th all seven. Each has its check character recomputed. `code` may itself be omocodic
 * (the variants of its base code are returned); any code that is not a person's gives `[]`.
 */
export function omocodeVariants(code: string): string[] {
  const base = fiscalCodeBase(code);
  if (!hasPersonShape(base)) return [];
  const chars = base.slice(0, 15).split('');
  const variants: string[] = [];
  for (const position of OMOCODE_POSITIONS) {
    chars[position] = OMOCODE_LETTERS.charAt(Number(chars[position]));
    const first15 = chars.join('');
    variants.push(first15 + fiscalCodeCheckCharacter(first15));
  }
  return variants;
}
