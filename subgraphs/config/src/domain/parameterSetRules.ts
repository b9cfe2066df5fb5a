import { isIsoDate, type FieldError } from '@sisa/kernel';
import { checkMeasureValues } from './reiParameters';
import type { ParameterSetInput as GeneratedParameterSetInput } from '../generated/resolvers';

export type ParameterSetInput = GeneratedParameterSetInput;

export interface ParameterSetPeriod {
  code: string;
  validFrom: string;
  validTo: string | null;
}

const CODE = /^[A-Z][A-Z0-9_-]{1,31}$/;
const MEASURE = /^[A-Z][A-Z0-9_]{1,31}$/;

/** Whether two validity periods share a day (a missing end runs for ever). */
export function periodsOverlap(
  a: Omit<ParameterSetPeriod, 'code'>,
  b: Omit<ParameterSetPeriod, 'code'>,
): boolean {
  return (
    (a.validTo === null || b.validFrom <= a.validTo) &&
    (b.validTo === null || a.validFrom <= b.validTo)
  );
}

/**
 * Checks a parameter set: codes, dates, values against the measure's shape, and no day of
 * validity shared with another set of the same measure (`others` excludes the set itself).
 */
export function checkParameterSet(
  input: ParameterSetInput,
  others: readonly ParameterSetPeriod[],
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (!CODE.test(input.code))
    add('input.code', 'Codice non valido: maiuscole, cifre, trattini (es. REI-2019)');
  if (!MEASURE.test(input.measure))
    add('input.measure', 'Misura non valida: maiuscole e cifre (es. REI)');
  const validTo = input.validTo ?? null;
  if (!isIsoDate(input.validFrom)) add('input.validFrom', 'Data non valida');
  if (validTo !== null && !isIsoDate(validTo)) add('input.validTo', 'Data non valida');
  if (validTo !== null && validTo < input.validFrom)
    add('input.validTo', 'La fine della validità precede l\u2019inizio');
  if (!errors.length) {
    const clash = others.find((o) => periodsOverlap({ validFrom: input.validFrom, validTo }, o));
    if (clash)
      add(
        'input.validFrom',
        `Il periodo si sovrappone a ${clash.code} (dal ${clash.validFrom}${clash.validTo ? ` al ${clash.validTo}` : ', senza scadenza'}): chiudere prima quell\u2019insieme`,
      );
  }
  errors.push(...checkMeasureValues(input.measure, input.values));
  return errors;
}
