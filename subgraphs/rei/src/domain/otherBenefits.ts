import { addMonths, Decimal } from '@sisa/italia';
import { euro, month as monthName } from './italianText';

/**
 * How another benefit received by the household is paid (D.Lgs. 147/2017 art. 4 co. 2):
 * MONTHLY counts its monthly value; PERIODIC (any other periodicity) counts pro rata over the
 * months it covers; ONE_OFF (a lump sum, or an extra monthly payment such as the 13th) counts
 * 1/12 of its value in each of the 12 months after the month it was paid.
 */
export type OtherBenefitKind = 'MONTHLY' | 'PERIODIC' | 'ONE_OFF';

export interface OtherBenefit {
  description: string;
  amount: string;
  kind: OtherBenefitKind;
  /** PERIODIC: the months the amount covers. */
  months?: number | null;
  /** ONE_OFF: the month it was paid (`YYYY-MM`). */
  paidMonth?: string | null;
  /** Benefits not subject to a means test (e.g. indennità di accompagnamento) never reduce REI. */
  meansTested: boolean;
}

/** What one benefit takes off the REI in a month, exact (rounded only in the total). */
export interface OtherBenefitShare {
  value: Decimal;
  explanation: string;
}

function monthIndex(yearMonth: string): number {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
}

/** Problems with a benefit's data, in Italian, keyed by the input field (empty when valid). */
export function otherBenefitProblems(benefit: OtherBenefit): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!benefit.description?.trim())
    problems.push({ field: 'description', message: 'Indicare di quale trattamento si tratta' });
  if (!/^\d+(\.\d{1,2})?$/.test(benefit.amount))
    problems.push({
      field: 'amount',
      message: 'Importo non valido: usare un numero positivo con al massimo due decimali',
    });
  if (
    benefit.kind === 'PERIODIC' &&
    !(Number.isInteger(benefit.months) && benefit.months! >= 1 && benefit.months! <= 12)
  )
    problems.push({
      field: 'months',
      message: 'Indicare quanti mesi copre il pagamento (da 1 a 12)',
    });
  if (benefit.kind === 'ONE_OFF' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(benefit.paidMonth ?? ''))
    problems.push({
      field: 'paidMonth',
      message: 'Indicare il mese in cui è stato pagato (AAAA-MM)',
    });
  return problems;
}

/**
 * The share of one benefit in the month `month` (`YYYY-MM`; null when no month is known, as in a
 * simulation: a one-off payment then counts as if it fell in the 12 months before).
 */
export function monthlyShareOf(benefit: OtherBenefit, month: string | null): OtherBenefitShare {
  const amount = new Decimal(benefit.amount);
  const name = benefit.description.trim();
  if (!benefit.meansTested) {
    return {
      value: new Decimal(0),
      explanation: `${name}: non soggetto alla prova dei mezzi, non riduce il REI`,
    };
  }
  switch (benefit.kind) {
    case 'MONTHLY':
      return { value: amount, explanation: `${name}: ${euro(amount)} al mese` };
    case 'PERIODIC': {
      const months = benefit.months ?? 1;
      const value = amount.div(months);
      return {
        value,
        explanation: `${name}: ${euro(amount)} per ${months} mesi = ${euro(value)} al mese`,
      };
    }
    case 'ONE_OFF': {
      const value = amount.div(12);
      const paid = benefit.paidMonth ?? null;
      if (paid && month) {
        const distance = monthIndex(month) - monthIndex(paid);
        const lastMonth = addMonths(`${paid}-01`, 12).slice(0, 7);
        if (distance < 1 || distance > 12) {
          return {
            value: new Decimal(0),
            explanation: `${name}: pagato a ${monthName(paid)}, conta solo da ${monthName(addMonths(`${paid}-01`, 1).slice(0, 7))} a ${monthName(lastMonth)}`,
          };
        }
        return {
          value,
          explanation: `${name}: ${euro(amount)} pagati a ${monthName(paid)} ÷ 12 = ${euro(value)} al mese fino a ${monthName(lastMonth)}`,
        };
      }
      return {
        value,
        explanation: `${name}: ${euro(amount)} una tantum ÷ 12 = ${euro(value)} al mese per 12 mesi`,
      };
    }
  }
}
