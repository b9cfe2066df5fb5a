import type { FieldError } from '@sisa/kernel';

const DECIMAL = /^\d{1,9}(\.\d{1,4})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const CAP_ORDERS = ['AFTER_ISR', 'BEFORE_ISR'] as const;
export const ROUNDING_MODES = ['HALF_EVEN', 'HALF_UP', 'HALF_DOWN', 'DOWN', 'UP'] as const;
const DEADLINES = [
  'sendToInpsWorkingDays',
  'inpsAnswerWorkingDays',
  'preliminaryAssessmentDays',
  'projectSignatureWorkingDays',
] as const;

type Check = (value: unknown) => string | null;

const decimal: Check = (v) =>
  typeof v === 'string' && DECIMAL.test(v) ? null : 'Importo come stringa decimale (es. "5889.00")';
const positiveDecimal: Check = (v) =>
  decimal(v) ?? (Number(v) > 0 ? null : 'Deve essere maggiore di zero');
const months: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 120
    ? null
    : 'Numero di mesi da 0 a 120';
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `Uno tra ${values.join(', ')}`;
const decimals =
  (min: number): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > 20)
      return `Elenco di almeno ${min} importi decimali`;
    if (v.some((x) => decimal(x))) return 'Ogni voce è un importo come stringa decimale';
    return v.every((x, i) => i === 0 || Number(x) >= Number(v[i - 1]))
      ? null
      : 'Valori in ordine crescente';
  };
const dateOrNull: Check = (v) =>
  v === null || (typeof v === 'string' && ISO_DATE.test(v)) ? null : 'Data AAAA-MM-GG o null';
const deadlines: Check = (v) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return `Oggetto con ${DEADLINES.join(', ')}`;
  const entries = v as Record<string, unknown>;
  const missing = DEADLINES.filter(
    (k) =>
      !Number.isInteger(entries[k]) || (entries[k] as number) < 1 || (entries[k] as number) > 365,
  );
  const unknown = Object.keys(entries).filter((k) => !(DEADLINES as readonly string[]).includes(k));
  if (missing.length) return `Giorni (da 1 a 365) mancanti o non validi: ${missing.join(', ')}`;
  return unknown.length ? `Voci non previste: ${unknown.join(', ')}` : null;
};

/** The REI parameter shape the rei subgraph reads (amounts as decimal strings, see docs/domain/REI.md). */
const REI_SHAPE: Record<string, Check> = {
  scale: decimals(1),
  scaleIncrementPerExtraMember: decimal,
  thresholdBase: positiveDecimal,
  thresholdFactor: positiveDecimal,
  annualAssegnoSociale: positiveDecimal,
  capFactor: positiveDecimal,
  capOrder: oneOf(CAP_ORDERS),
  roundingMode: oneOf(ROUNDING_MODES),
  minimumMonthlyAmount: decimal,
  iseeMax: positiveDecimal,
  isreMax: positiveDecimal,
  realEstateMax: positiveDecimal,
  movableAssetsMax: decimals(1),
  durationMonths: months,
  renewalGapMonths: months,
  renewalMonths: months,
  familyCompositionRequiredUntil: dateOrNull,
  deadlines,
};

/** Optional REI parameters, with the default the rei subgraph applies when they are absent. */
const REI_OPTIONAL: Record<string, Check> = {
  /** Renewals after the first period (default 1). */
  maxRenewals: (v) =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10
      ? null
      : 'Numero di rinnovi da 0 a 10',
  /** Years of residence in Italy required (default 2). */
  residenceYears: (v) =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 50 ? null : 'Anni da 0 a 50',
  /** Months before the application in which no vehicle may have been registered (default 24). */
  vehicleMonths: months,
};

/** Checks a parameter set's values against its measure's shape; field errors on `<prefix><key>`. */
export function checkMeasureValues(
  measure: string,
  values: unknown,
  prefix = 'input.values',
): FieldError[] {
  if (!values || typeof values !== 'object' || Array.isArray(values))
    return [{ field: prefix, message: 'I parametri sono un oggetto JSON' }];
  if (measure !== 'REI') return [];
  const given = values as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const [key, check] of Object.entries(REI_SHAPE)) {
    const problem = key in given ? check(given[key]) : 'Parametro obbligatorio';
    if (problem) errors.push({ field: `${prefix}.${key}`, message: problem });
  }
  for (const [key, value] of Object.entries(given)) {
    if (key in REI_SHAPE) continue;
    const check = REI_OPTIONAL[key];
    const problem = check ? check(value) : 'Parametro non previsto per la misura REI';
    if (problem) errors.push({ field: `${prefix}.${key}`, message: problem });
  }
  return errors;
}
