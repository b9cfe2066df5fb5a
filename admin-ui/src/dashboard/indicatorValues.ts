// How the codes an indicator groups or filters by read in Italian: built-in fields with a fixed
// vocabulary, bands in their order, months, yes/no. Pure: the hook in useIndicatorValues.ts adds
// the comune's value lists and the places.

import {
  AGE_BANDS as AGE_BAND_RULES,
  ISEE_BANDS as ISEE_BAND_RULES,
  NO_ISEE_BAND,
  REI_STATUS_LABELS,
  SOCIAL_BENEFIT_STATUS_LABELS,
} from '@sisa/rules';
import type { PlaceKind } from '../common/italia/italianReference';

export interface CodeChoice {
  id: string;
  name: string;
}

const choices = (labels: Record<string, string>): CodeChoice[] =>
  Object.entries(labels).map(([id, name]) => ({ id, name }));

/** Age and ISEE bands as registry computes them (@sisa/rules), in order. */
export const AGE_BANDS: readonly string[] = AGE_BAND_RULES.map((band) => band.label);
export const ISEE_BANDS: readonly string[] = [
  ...ISEE_BAND_RULES.map((band) => band.label),
  NO_ISEE_BAND,
];

/** Built-in fields whose codes have Italian names, per entity. */
const BUILT_IN: Record<string, CodeChoice[]> = {
  'SUBJECT.sex': choices({ M: 'Maschio', F: 'Femmina' }),
  'SUBJECT.ageBand': AGE_BANDS.map((id) => ({ id, name: `${id} anni` })),
  'HOUSEHOLD.iseeBand': ISEE_BANDS.map((id) => ({
    id,
    name: id === NO_ISEE_BAND ? 'Senza ISEE' : `${id} €`,
  })),
  'REI_APPLICATION.status': choices(REI_STATUS_LABELS),
  'SOCIAL_BENEFIT.status': choices(SOCIAL_BENEFIT_STATUS_LABELS),
  'SOCIAL_BENEFIT.source': choices({
    REI: 'Progetto REI',
    IMPORT: 'Importazione',
    MANUAL: 'Inserimento manuale',
  }),
  'SOCIAL_BENEFIT.character': choices({
    PERIODIC: 'Periodica',
    OCCASIONAL: 'Occasionale (una tantum)',
  }),
};

/** Built-in fields that hold a place's code. */
export const PLACE_FIELDS: Record<string, PlaceKind> = {
  'SUBJECT.citizenshipCode': 'country',
  'SUBJECT.birthPlaceCode': 'birthPlace',
  'SUBJECT.residenceMunicipalityCode': 'comune',
};

/** The fixed vocabulary of a built-in field, in its order, or undefined. */
export function builtInChoices(entity: string, field: string): CodeChoice[] | undefined {
  return BUILT_IN[`${entity}.${field}`];
}

const MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];

/** `2018-03` → `mar 2018`. */
export const monthLabel = (key: string) => {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  return month ? `${MONTHS[Number(month[2]) - 1]} ${month[1]}` : key;
};

/** The months from `first` to `last` (`YYYY-MM`), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let i = 0; i < 240; i++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

/** The current month in Italy, `YYYY-MM`. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short' })
    .format(now)
    .slice(0, 7);
}

export interface Group {
  key: string;
  value: number | null;
}

/**
 * The groups as a chart should show them: by month, every month of the span (or of the last
 * `lastMonths` months) with the empty ones at 0; bands in band order; others as the server sent them.
 */
export function arrangeGroups(
  groups: readonly Group[],
  options: { entity: string; groupBy: string | null; lastMonths?: number | null; now?: Date },
): Group[] {
  const [field, granularity] = (options.groupBy ?? '').split(':');
  if (granularity === 'month') {
    const keys = groups.map((g) => g.key).filter((k) => /^\d{4}-\d{2}$/.test(k));
    let last = keys.length ? keys.reduce((a, b) => (a > b ? a : b)) : null;
    let first = keys.length ? keys.reduce((a, b) => (a < b ? a : b)) : null;
    if (options.lastMonths) {
      last = currentMonth(options.now);
      const [y, m] = last.split('-').map(Number) as [number, number];
      const start = y * 12 + (m - 1) - (options.lastMonths - 1);
      const from = `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}`;
      first = first && first < from ? first : from;
    }
    if (!first || !last) return [...groups];
    const byKey = new Map(groups.map((g) => [g.key, g.value]));
    const others = groups.filter((g) => !/^\d{4}-\d{2}$/.test(g.key));
    return [
      ...monthsBetween(first, last).map((key) => ({ key, value: byKey.get(key) ?? 0 })),
      ...others,
    ];
  }
  const order = builtInChoices(options.entity, field ?? '')?.map((c) => c.id);
  if (!order || granularity) return [...groups];
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at < 0 ? order.length : at;
  };
  return [...groups].sort((a, b) => rank(a.key) - rank(b.key));
}
