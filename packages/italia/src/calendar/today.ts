const ROME_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Italy (Europe/Rome, daylight saving included) at an instant, default now,
 * as `YYYY-MM-DD`: 2018-03-31T22:30Z is already `'2018-04-01'` in Rome.
 */
export function todayInItaly(now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('Istante non valido');
  const parts = ROME_DATE.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

let cached = { second: -1, day: '' };

/**
 * Today in Italy, computed at most once a second: lists ask it for every row, and
 * `Intl.DateTimeFormat#formatToParts` is costly.
 */
export function todayInItalyThisSecond(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== cached.second) cached = { second, day: todayInItaly() };
  return cached.day;
}
