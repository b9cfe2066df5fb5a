import { Decimal, roundMoney, type RoundingMode } from '@sisa/italia';
import { date, euro } from './italianText';

/**
 * A breach of the project's commitments (D.Lgs. 147/2017 art. 12): a missed summons or
 * appointment, or the refusal of a suitable job offer (or of training), which costs the benefit
 * at once.
 */
export type BreachKind = 'MISSED_APPOINTMENT' | 'REFUSED_JOB_OFFER';

export interface ProjectBreach {
  date: string;
  kind: BreachKind;
  /** With a justified reason nothing follows. */
  justified: boolean;
  note?: string | null;
}

export type SanctionEffect = 'NONE' | 'QUARTER_MONTH' | 'ONE_MONTH' | 'DECADENZA';

export interface Sanction {
  date: string;
  kind: BreachKind;
  /** Which unjustified missed appointment this is (1, 2, 3…); null for the other breaches. */
  ordinal: number | null;
  effect: SanctionEffect;
  /** What it takes off the benefit (null when nothing, or when the whole benefit is lost). */
  reduction: string | null;
  description: string;
}

export interface SanctionSummary {
  sanctions: Sanction[];
  totalReduction: string;
  decadenza: boolean;
}

/** The art. 12 co. 3 ladder for unjustified missed appointments: ¼ of a month, a month, then decadenza. */
export const MISSED_APPOINTMENT_LADDER: readonly SanctionEffect[] = [
  'QUARTER_MONTH',
  'ONE_MONTH',
  'DECADENZA',
];

/**
 * The sanctions the breaches trigger on a monthly amount, in date order. After decadenza the
 * benefit is lost and nothing further is counted; the revocation itself is recorded by a person
 * (transitionReiApplication to REVOKED), since INPS applies it.
 */
export function sanctionsFor(
  breaches: readonly ProjectBreach[],
  monthlyAmount: string | null,
  mode: RoundingMode,
): SanctionSummary {
  const monthly = new Decimal(monthlyAmount ?? '0');
  const sorted = [...breaches].sort((a, b) => a.date.localeCompare(b.date));
  const sanctions: Sanction[] = [];
  let missed = 0;
  let total = new Decimal(0);
  let decadenza = false;
  for (const breach of sorted) {
    const when = date(breach.date);
    const base = { date: breach.date, kind: breach.kind };
    if (decadenza) {
      sanctions.push({
        ...base,
        ordinal: null,
        effect: 'NONE',
        reduction: null,
        description: `${when}: dopo la decadenza non si applicano altre sanzioni`,
      });
      continue;
    }
    if (breach.justified) {
      sanctions.push({
        ...base,
        ordinal: null,
        effect: 'NONE',
        reduction: null,
        description: `${when}: assenza giustificata, nessuna sanzione`,
      });
      continue;
    }
    if (breach.kind === 'REFUSED_JOB_OFFER') {
      decadenza = true;
      sanctions.push({
        ...base,
        ordinal: null,
        effect: 'DECADENZA',
        reduction: null,
        description: `${when}: rifiuto di un\u2019offerta di lavoro congrua, decadenza dal beneficio`,
      });
      continue;
    }
    missed += 1;
    const effect =
      MISSED_APPOINTMENT_LADDER[Math.min(missed, MISSED_APPOINTMENT_LADDER.length) - 1]!;
    if (effect === 'DECADENZA') {
      decadenza = true;
      sanctions.push({
        ...base,
        ordinal: missed,
        effect,
        reduction: null,
        description: `${when}: ${missed}ª assenza non giustificata, decadenza dal beneficio`,
      });
      continue;
    }
    const reduction = new Decimal(
      roundMoney(effect === 'QUARTER_MONTH' ? monthly.div(4) : monthly, mode),
    );
    total = total.plus(reduction);
    const what = effect === 'QUARTER_MONTH' ? 'un quarto di mensilità' : 'una mensilità';
    sanctions.push({
      ...base,
      ordinal: missed,
      effect,
      reduction: reduction.toFixed(2),
      description: `${when}: ${missed}ª assenza non giustificata, decurtazione di ${what} (${euro(reduction)})`,
    });
  }
  return { sanctions, totalReduction: total.toFixed(2), decadenza };
}
