import { Decimal, isIsoDate } from '@sisa/italia';
import type { FieldError } from '@sisa/kernel';
import type { IseeInput as GeneratedIseeInput } from '../generated/resolvers';

export const ISEE_KINDS = ['ORDINARY', 'MINORS', 'CURRENT'] as const;
export type IseeKind = (typeof ISEE_KINDS)[number];

/** An ISEE attestation as `recordIsee` receives it (amounts as decimal strings). */
export type IseeInput = GeneratedIseeInput;

/** numeric(12,2): ten integer digits and cents. */
const MONEY_MAX = new Decimal('9999999999.99');
/** The DSU protocol INPS prints, e.g. `INPS-ISEE-2018-00012345G-00`; other issuers' formats vary. */
const PROTOCOL_RE = /^[A-Z0-9][A-Z0-9/-]{4,39}$/;

function amount(value: string, field: string, errors: FieldError[]): string {
  let decimal: Decimal;
  try {
    decimal = new Decimal(value);
  } catch {
    errors.push({ field, message: 'Importo non valido' });
    return value;
  }
  if (decimal.isNegative())
    errors.push({ field, message: 'L\u2019importo non può essere negativo' });
  else if (decimal.decimalPlaces() > 2) errors.push({ field, message: 'Al massimo due decimali' });
  else if (decimal.gt(MONEY_MAX)) errors.push({ field, message: 'Importo troppo grande' });
  return decimal.toFixed(2);
}

/**
 * Checks an attestation: DSU protocol, a DSU date not in the future, validity that ends on or
 * after the DSU date, amounts in euro and cents not below zero, an equivalence scale from 1 (one
 * member) with two decimals, and at least one member. Errors go on `input.<field>`.
 */
export function checkIseeInput(
  input: IseeInput,
  today: string,
): { values: IseeInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const dsuProtocol = input.dsuProtocol.trim().toUpperCase().replace(/\s+/g, '');
  if (!PROTOCOL_RE.test(dsuProtocol))
    errors.push({
      field: 'input.dsuProtocol',
      message: 'Protocollo DSU non valido (es. INPS-ISEE-2018-00012345G-00)',
    });
  if (!isIsoDate(input.dsuDate) || input.dsuDate > today)
    errors.push({ field: 'input.dsuDate', message: 'Data DSU non valida o futura' });
  if (!isIsoDate(input.validUntil) || input.validUntil < input.dsuDate) {
    errors.push({
      field: 'input.validUntil',
      message: 'La scadenza non può precedere la data della DSU',
    });
  }
  if (!(ISEE_KINDS as readonly string[]).includes(input.kind))
    errors.push({ field: 'input.kind', message: 'Tipo di ISEE non valido' });
  const money = (field: 'isee' | 'isr' | 'isre' | 'realEstateAssets' | 'movableAssets') =>
    amount(input[field], `input.${field}`, errors);
  const values: IseeInput = {
    ...input,
    dsuProtocol,
    isee: money('isee'),
    isr: money('isr'),
    isre: money('isre'),
    realEstateAssets: money('realEstateAssets'),
    movableAssets: money('movableAssets'),
    equivalenceScale: input.equivalenceScale,
  };
  try {
    const scale = new Decimal(input.equivalenceScale);
    if (scale.lt(1) || scale.gt(99) || scale.decimalPlaces() > 2) throw new Error();
    values.equivalenceScale = scale.toFixed(2);
  } catch {
    errors.push({
      field: 'input.equivalenceScale',
      message: 'Scala di equivalenza non valida (da 1,00 in su, due decimali)',
    });
  }
  if (
    !Number.isInteger(input.householdSize) ||
    input.householdSize < 1 ||
    input.householdSize > 99
  ) {
    errors.push({
      field: 'input.householdSize',
      message: 'Il nucleo ISEE ha almeno un componente',
    });
  }
  return { values, errors };
}
