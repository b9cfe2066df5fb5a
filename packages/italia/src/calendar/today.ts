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

const ROME_WALL_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Rome's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function romeOffsetMs(at: number): number {
  const parts = Object.fromEntries(
    ROME_WALL_CLOCK.formatToParts(new Date(at)).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) begins in Italy: 2026-07-01 begins at
 * 2026-06-30T22:00Z, 2026-12-01 at 2026-11-30T23:00Z. Daylight saving changes at 2 or 3 in the
 * night, never at midnight, so the offset of the evening before is the day's first.
 */
export function startOfDayInItaly(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date);
  if (Number.isNaN(utcMidnight) || !/^\d{4}-\d{2}-\d{2}$/.test(day))
    throw new RangeError(`Data non valida: ${day}`);
  return new Date(utcMidnight - romeOffsetMs(utcMidnight - 3_600_000));
}
