import { addMonths } from '@sisa/italia';
import { date, month as monthName } from './italianText';
import type { ReiParameters } from './parameters';
import type { ReiStatus } from './statuses';

/** The months the benefit runs (`YYYY-MM`, both included); no months when SIA used them all. */
export interface BenefitPeriod {
  firstMonth: string;
  lastMonth: string | null;
  months: number;
  explanation: string;
}

const monthOf = (isoDate: string) => isoDate.slice(0, 7);
const shiftMonth = (yearMonth: string, months: number) =>
  monthOf(addMonths(`${yearMonth}-01`, months));

/**
 * From the month after the application: `durationMonths` less the months of SIA already
 * received, or `renewalMonths` for a renewal (docs/domain/REI.md, Duration).
 */
export function benefitPeriod(
  p: Pick<ReiParameters, 'durationMonths' | 'renewalMonths'>,
  input: { submittedAt: string; siaMonthsReceived?: number | null; renewal: boolean },
): BenefitPeriod {
  const firstMonth = shiftMonth(monthOf(input.submittedAt), 1);
  const sia = input.renewal ? 0 : Math.max(0, input.siaMonthsReceived ?? 0);
  const months = input.renewal ? p.renewalMonths : Math.max(0, p.durationMonths - sia);
  const lastMonth = months > 0 ? shiftMonth(firstMonth, months - 1) : null;
  const basis = input.renewal
    ? `rinnovo di ${p.renewalMonths} mesi`
    : sia > 0
      ? `${p.durationMonths} mesi meno ${sia} di SIA già ricevuti = ${months}`
      : `${p.durationMonths} mesi`;
  const explanation = lastMonth
    ? `Dal mese successivo alla domanda, ${monthName(firstMonth)}, per ${basis}: fino a ${monthName(lastMonth)}`
    : `Nessun mese di REI: ${basis}`;
  return { firstMonth, lastMonth, months, explanation };
}

/** The application a renewal follows. */
export interface PreviousApplication {
  status: ReiStatus;
  lastMonth?: string | null;
  /** When it ended or was revoked early (then the last payment was that month at most). */
  endedOn?: string | null;
  /** 0 for a first application, 1 for a first renewal… */
  renewalNumber: number;
}

/** The last month paid by an application that has run. */
export function lastPaidMonth(
  previous: Pick<PreviousApplication, 'lastMonth' | 'endedOn'>,
): string | null {
  const ended = previous.endedOn ? monthOf(previous.endedOn) : null;
  if (!previous.lastMonth) return ended;
  return ended && ended < previous.lastMonth ? ended : previous.lastMonth;
}

/**
 * Why a renewal cannot be asked for on `submittedAt` (null when it can): the previous benefit
 * must have ended, at least `renewalGapMonths` must have passed since its last payment, and the
 * renewals allowed must not be used up.
 */
export function renewalProblem(
  p: Pick<ReiParameters, 'renewalGapMonths' | 'maxRenewals'>,
  previous: PreviousApplication,
  submittedAt: string,
): string | null {
  if (previous.status !== 'ENDED') return 'Si può rinnovare solo un REI concluso';
  if (previous.renewalNumber >= p.maxRenewals) {
    return p.maxRenewals === 1
      ? 'Il REI è già stato rinnovato una volta: non si può rinnovare ancora'
      : `Il REI è già stato rinnovato ${previous.renewalNumber} volte: è il massimo`;
  }
  const paid = lastPaidMonth(previous);
  if (!paid) return 'La domanda precedente non ha mesi pagati: presentare una nuova domanda';
  const earliest = `${shiftMonth(paid, p.renewalGapMonths)}-01`;
  if (submittedAt < earliest) {
    return `Il rinnovo si può chiedere dal ${date(earliest)}, ${p.renewalGapMonths} mesi dopo l\u2019ultimo mese pagato (${monthName(paid)})`;
  }
  return null;
}
