import { Decimal, type RoundingMode } from '@sisa/italia';

/** Where the assegno-sociale cap applies: on the threshold net of the ISR, or before deducting it. */
export type CapOrder = 'AFTER_ISR' | 'BEFORE_ISR';

/** The deadlines of the procedure (docs/domain/REI.md, Lifecycle). */
export interface ReiDeadlineParameters {
  sendToInpsWorkingDays: number;
  inpsAnswerWorkingDays: number;
  /** Calendar days (the law says "entro 25 giorni"; whether they are working days is unconfirmed). */
  preliminaryAssessmentDays: number;
  projectSignatureWorkingDays: number;
  /**
   * The comune's patron saint (`MM-DD`), not a working day there: copied from the tenant's
   * configuration when an application takes its rules, absent in the rule sets themselves.
   */
  patronSaintDay?: string | null;
}

/** One dated REI rule set (REI-2017, REI-2018…), read and checked from the config subgraph's data. */
export interface ReiParameters {
  code: string;
  validFrom: string;
  validTo: string | null;
  /** Equivalence scale for 1…n members (without maggiorazioni). */
  scale: Decimal[];
  scaleIncrementPerExtraMember: Decimal;
  thresholdBase: Decimal;
  thresholdFactor: Decimal;
  annualAssegnoSociale: Decimal;
  capFactor: Decimal;
  capOrder: CapOrder;
  roundingMode: RoundingMode;
  minimumMonthlyAmount: Decimal;
  iseeMax: Decimal;
  isreMax: Decimal;
  realEstateMax: Decimal;
  /** Movable assets limit for 1, 2, 3+ members (the last one applies to larger households). */
  movableAssetsMax: Decimal[];
  durationMonths: number;
  renewalGapMonths: number;
  renewalMonths: number;
  /** Renewals allowed after the first period (research: "rinnovabile una sola volta", unconfirmed); default 1. */
  maxRenewals: number;
  /** Years of continuous residence in Italy the applicant needs; default 2. */
  residenceYears: number;
  /** No car or motorbike first registered in this many months before the application; default 24. */
  vehicleMonths: number;
  /** Last submission date to which the family-composition requirement applies; null: never. */
  familyCompositionRequiredUntil: string | null;
  deadlines: ReiDeadlineParameters;
}

/** A parameter set as the config subgraph serves it. */
export interface ParameterSetData {
  code: string;
  validFrom: string;
  validTo: string | null;
  values: Record<string, unknown>;
}

const ROUNDING_MODES: readonly RoundingMode[] = ['HALF_EVEN', 'HALF_UP', 'HALF_DOWN', 'DOWN', 'UP'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A parameter set that cannot be used, with every problem found. */
export class ReiParameterError extends Error {
  constructor(
    readonly code: string,
    readonly problems: string[],
  ) {
    super(`Parametri REI ${code} non validi: ${problems.join('; ')}`);
  }
}

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly values: Record<string, unknown>) {}

  private fail(key: string, expected: string): void {
    this.problems.push(`${key}: atteso ${expected}`);
  }

  private toDecimal(value: unknown): Decimal | null {
    if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim()))
      return new Decimal(value.trim());
    if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(String(value));
    return null;
  }

  decimal(key: string, at: Record<string, unknown> = this.values): Decimal {
    const value = this.toDecimal(at[key]);
    if (!value || value.isNegative()) this.fail(key, 'un importo non negativo');
    return value ?? new Decimal(0);
  }

  decimals(key: string, length: number | null): Decimal[] {
    const raw = this.values[key];
    const list = Array.isArray(raw) ? raw.map((v) => this.toDecimal(v)) : [];
    if (
      !Array.isArray(raw) ||
      list.some((v) => !v || v.isNegative()) ||
      list.length === 0 ||
      (length !== null && list.length !== length)
    ) {
      this.fail(key, length === null ? 'un elenco di numeri' : `un elenco di ${length} numeri`);
      return [];
    }
    return list as Decimal[];
  }

  integer(key: string, at: Record<string, unknown> = this.values, fallback?: number): number {
    const value = at[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.fail(key, 'un numero intero non negativo');
      return 0;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.values[key];
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.fail(key, `uno tra ${allowed.join(', ')}`);
      return allowed[0]!;
    }
    return value as T;
  }

  dateOrNull(key: string): string | null {
    const value = this.values[key];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string' || !ISO_DATE.test(value)) {
      this.fail(key, 'una data AAAA-MM-GG');
      return null;
    }
    return value;
  }

  object(key: string): Record<string, unknown> {
    const value = this.values[key];
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.fail(key, 'un oggetto');
      return {};
    }
    return value as Record<string, unknown>;
  }
}

/**
 * Reads a REI parameter set, checking every value: a set with any problem is refused whole
 * (ReiParameterError), so the benefit is never computed from half a configuration.
 */
export function readReiParameterSet(set: ParameterSetData): ReiParameters {
  const r = new Reader(set.values ?? {});
  const deadlines = r.object('deadlines');
  const parameters: ReiParameters = {
    code: set.code,
    validFrom: set.validFrom,
    validTo: set.validTo ?? null,
    scale: r.decimals('scale', null),
    scaleIncrementPerExtraMember: r.decimal('scaleIncrementPerExtraMember'),
    thresholdBase: r.decimal('thresholdBase'),
    thresholdFactor: r.decimal('thresholdFactor'),
    annualAssegnoSociale: r.decimal('annualAssegnoSociale'),
    capFactor: r.decimal('capFactor'),
    capOrder: r.oneOf<CapOrder>('capOrder', ['AFTER_ISR', 'BEFORE_ISR']),
    roundingMode: r.oneOf<RoundingMode>('roundingMode', ROUNDING_MODES),
    minimumMonthlyAmount: r.decimal('minimumMonthlyAmount'),
    iseeMax: r.decimal('iseeMax'),
    isreMax: r.decimal('isreMax'),
    realEstateMax: r.decimal('realEstateMax'),
    movableAssetsMax: r.decimals('movableAssetsMax', null),
    durationMonths: r.integer('durationMonths'),
    renewalGapMonths: r.integer('renewalGapMonths'),
    renewalMonths: r.integer('renewalMonths'),
    maxRenewals: r.integer('maxRenewals', undefined, 1),
    residenceYears: r.integer('residenceYears', undefined, 2),
    vehicleMonths: r.integer('vehicleMonths', undefined, 24),
    familyCompositionRequiredUntil: r.dateOrNull('familyCompositionRequiredUntil'),
    deadlines: {
      sendToInpsWorkingDays: r.integer('sendToInpsWorkingDays', deadlines),
      inpsAnswerWorkingDays: r.integer('inpsAnswerWorkingDays', deadlines),
      preliminaryAssessmentDays: r.integer('preliminaryAssessmentDays', deadlines),
      projectSignatureWorkingDays: r.integer('projectSignatureWorkingDays', deadlines),
    },
  };
  if (!ISO_DATE.test(set.validFrom ?? '')) r.problems.push('validFrom: attesa una data AAAA-MM-GG');
  if (parameters.durationMonths < 1) r.problems.push('durationMonths: almeno 1 mese');
  if (r.problems.length) throw new ReiParameterError(set.code, r.problems);
  return parameters;
}

/** The set whose validity covers `date` (the latest-starting one if several do), or null. */
export function parameterSetFor<T extends { validFrom: string; validTo: string | null }>(
  sets: readonly T[],
  date: string,
): T | null {
  const valid = sets.filter(
    (s) => s.validFrom <= date && (s.validTo === null || date <= s.validTo),
  );
  return valid.sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;
}
