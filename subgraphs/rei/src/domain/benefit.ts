import { Decimal, roundMoney } from '@sisa/italia';
import {
  approximate,
  date,
  euro,
  month as monthName,
  number,
  ROUNDING_LABELS,
} from './italianText';
import { monthlyShareOf, type OtherBenefit } from './otherBenefits';
import type { ReiParameters } from './parameters';
import { equivalenceScale, scaleWorking } from './scale';

export interface BenefitInput {
  householdSize: number;
  /** The household's ISR (annual, from the ISEE attestation). */
  isr: string;
  /** Other means-tested benefits, each with its periodicity. */
  otherBenefits?: readonly OtherBenefit[];
  /** Other benefits already expressed per month (the calculator's shortcut); added to the above. */
  otherBenefitsMonthly?: string | null;
  /** The month the amount is for (`YYYY-MM`): it decides which one-off payments still count. */
  month?: string | null;
}

/** The amount and every step that led to it (amounts as decimal strings with two decimals). */
export interface BenefitComputation {
  rulesVersion: string;
  householdSize: number;
  equivalenceScale: string;
  annualThreshold: string;
  annualCap: string;
  isr: string;
  annualAmount: string;
  /** round2(annual / 12): the monthly amount before other benefits. */
  maximumMonthlyAmount: string;
  otherBenefitsMonthly: string;
  monthlyAmount: string;
  capApplied: boolean;
  capOrder: ReiParameters['capOrder'];
  roundingMode: ReiParameters['roundingMode'];
  month: string | null;
  explanation: string[];
  /** An application's benefit month by month (absent in a simulation). */
  schedule?: BenefitMonth[] | null;
}

/** The benefit of one month the application runs, with the rules in force in that month. */
export interface BenefitMonth {
  month: string;
  rulesVersion: string;
  maximumMonthlyAmount: string;
  otherBenefitsMonthly: string;
  monthlyAmount: string;
}

const ZERO = new Decimal(0);

/**
 * The monthly REI benefit (docs/domain/REI.md, Benefit amount), from a parameter set and never from
 * constants: threshold = base × factor × scale; cap = assegno sociale × capFactor; the annual
 * amount is the threshold net of the ISR within the cap (capOrder says which comes first); the
 * monthly amount is that ÷ 12 rounded with roundingMode, less the other means-tested benefits
 * of the month, floored at zero and at the minimum payable amount.
 */
export function computeBenefit(p: ReiParameters, input: BenefitInput): BenefitComputation {
  const mode = p.roundingMode;
  const money = (value: Decimal) => new Decimal(roundMoney(value, mode));
  const isr = new Decimal(input.isr);
  const n = input.householdSize;
  const scale = equivalenceScale(p, n);
  const threshold = money(p.thresholdBase.times(p.thresholdFactor).times(scale));
  // The cap to the cent below, as INPS publishes it: 5,977.79 × 1.10 = 6,575.569 is 6,575.56
  // (msg. 161/2020); the earlier caps are exact.
  const cap = new Decimal(roundMoney(p.annualAssegnoSociale.times(p.capFactor), 'DOWN'));
  const lines: string[] = [];

  lines.push(
    `Regole ${p.code}, in vigore dal ${date(p.validFrom)}${p.validTo ? ` al ${date(p.validTo)}` : ''}`,
  );
  const working = scaleWorking(p, n);
  lines.push(
    `Nucleo di ${n} ${n === 1 ? 'componente' : 'componenti'}: scala di equivalenza ${working ? `${working} = ` : ''}${number(scale, 2)} (senza maggiorazioni)`,
  );
  lines.push(
    `Soglia annua: ${euro(p.thresholdBase)} × ${number(p.thresholdFactor, 2)} × ${number(scale, 2)} = ${euro(threshold)}`,
  );
  lines.push(
    `Massimale annuo: assegno sociale ${euro(p.annualAssegnoSociale)} × ${number(p.capFactor, 2)} = ${euro(cap)}`,
  );

  let annual: Decimal;
  let capApplied: boolean;
  if (p.capOrder === 'AFTER_ISR') {
    const net = threshold.minus(isr);
    capApplied = net.greaterThan(cap);
    annual = Decimal.max(ZERO, Decimal.min(net, cap));
    lines.push(
      `Soglia meno ISR: ${euro(threshold)} − ${euro(isr)} = ${euro(net)}` +
        (capApplied
          ? `, oltre il massimale: si riconoscono ${euro(cap)} annui`
          : net.isNegative()
            ? ': la ISR supera la soglia, nessun importo'
            : ` annui`),
    );
  } else {
    capApplied = threshold.greaterThan(cap);
    const base = Decimal.min(threshold, cap);
    const net = base.minus(isr);
    annual = Decimal.max(ZERO, net);
    lines.push(
      `${capApplied ? `Soglia oltre il massimale: si parte da ${euro(cap)}` : `Soglia entro il massimale: ${euro(threshold)}`}; meno ISR ${euro(isr)} = ${euro(net)}` +
        (net.isNegative() ? ': nessun importo' : ' annui'),
    );
  }

  const exactMonthly = annual.div(12);
  const maximumMonthly = money(exactMonthly);
  lines.push(
    `Importo mensile: ${euro(annual)} ÷ 12 = ${approximate(exactMonthly)} € arrotondato ${ROUNDING_LABELS[mode]}: ${euro(maximumMonthly)}`,
  );

  const month = input.month ?? null;
  let others = ZERO;
  for (const benefit of input.otherBenefits ?? []) {
    const share = monthlyShareOf(benefit, month);
    others = others.plus(share.value);
    lines.push(share.explanation);
  }
  if (input.otherBenefitsMonthly) {
    const direct = new Decimal(input.otherBenefitsMonthly);
    others = others.plus(direct);
    lines.push(`Altri trattamenti assistenziali indicati come importo mensile: ${euro(direct)}`);
  }
  const othersMonthly = money(others);

  let monthly = maximumMonthly;
  if (!othersMonthly.isZero()) {
    monthly = maximumMonthly.minus(othersMonthly);
    lines.push(
      `Altri trattamenti assistenziali${month ? ` di ${monthName(month)}` : ''}: ${euro(othersMonthly)} al mese; ${euro(maximumMonthly)} − ${euro(othersMonthly)} = ${euro(monthly)}` +
        (monthly.isNegative() ? ': i trattamenti superano il beneficio, nessun importo' : ''),
    );
    monthly = Decimal.max(ZERO, monthly);
  }
  if (monthly.greaterThan(0) && monthly.lessThan(p.minimumMonthlyAmount)) {
    lines.push(
      `${euro(monthly)} è sotto l\u2019importo minimo erogabile di ${euro(p.minimumMonthlyAmount)}: nessun importo`,
    );
    monthly = ZERO;
  }
  lines.push(`Beneficio mensile: ${euro(monthly)}`);

  const fixed = (d: Decimal) => d.toFixed(2);
  return {
    rulesVersion: p.code,
    householdSize: n,
    equivalenceScale: fixed(scale),
    annualThreshold: fixed(threshold),
    annualCap: fixed(cap),
    isr: fixed(isr),
    annualAmount: fixed(annual),
    maximumMonthlyAmount: fixed(maximumMonthly),
    otherBenefitsMonthly: fixed(othersMonthly),
    monthlyAmount: fixed(monthly),
    capApplied,
    capOrder: p.capOrder,
    roundingMode: mode,
    month,
    explanation: lines,
  };
}
