import { addMonths } from '@sisa/italia';
import {
  computeBenefit,
  type BenefitComputation,
  type BenefitInput,
  type BenefitMonth,
} from './benefit';
import type { BenefitPeriod } from './duration';
import { euro, month as monthName } from './italianText';
import { parameterSetFor, type ReiParameters } from './parameters';

/**
 * The rules of a month paid: those in force on its first day (an application of 15/12/2017 paid
 * from January 2018 gets the 2018 cap), or the application's own when no set covers it.
 */
export function rulesForMonth(
  all: readonly ReiParameters[],
  yearMonth: string,
  application: ReiParameters,
): ReiParameters {
  return parameterSetFor(all, `${yearMonth}-01`) ?? application;
}

const nextMonth = (yearMonth: string) => addMonths(`${yearMonth}-01`, 1).slice(0, 7);

/**
 * An application's benefit: the first month's computation, with every step explained, and the
 * schedule of all its months, each with the rules in force in that month and the other benefits
 * that count in it (a one-off payment only in the 12 months after the month it was paid).
 */
export function applicationBenefit(
  all: readonly ReiParameters[],
  application: ReiParameters,
  input: Omit<BenefitInput, 'month'>,
  period: Pick<BenefitPeriod, 'firstMonth' | 'lastMonth' | 'explanation'>,
): BenefitComputation {
  const first = computeBenefit(rulesForMonth(all, period.firstMonth, application), {
    ...input,
    month: period.firstMonth,
  });
  const schedule: BenefitMonth[] = [];
  for (
    let month = period.firstMonth;
    period.lastMonth && month <= period.lastMonth;
    month = nextMonth(month)
  ) {
    const m =
      month === period.firstMonth
        ? first
        : computeBenefit(rulesForMonth(all, month, application), { ...input, month });
    schedule.push({
      month,
      rulesVersion: m.rulesVersion,
      maximumMonthlyAmount: m.maximumMonthlyAmount,
      otherBenefitsMonthly: m.otherBenefitsMonthly,
      monthlyAmount: m.monthlyAmount,
    });
  }
  const explanation = [...first.explanation, period.explanation];
  if (first.rulesVersion !== application.code)
    explanation.push(
      `La domanda è valutata con le regole ${application.code} (data di presentazione); il beneficio di ogni mese con quelle in vigore in quel mese`,
    );
  const changes = schedule.filter(
    (m, i) => i > 0 && m.monthlyAmount !== schedule[i - 1]!.monthlyAmount,
  );
  for (const change of changes)
    explanation.push(
      `Da ${monthName(change.month)}: ${euro(change.monthlyAmount)} al mese (regole ${change.rulesVersion})`,
    );
  return { ...first, explanation, schedule };
}
