import { isMonthDay } from '@sisa/italia';

/**
 * The patron saint's day as stored (`MM-DD`), or an Italian message saying what is wrong. Blank
 * means none.
 */
export function readPatronSaintDay(
  value: string | null | undefined,
): { day: string | null } | { error: string } {
  const day = value?.trim() ?? '';
  if (!day) return { day: null };
  if (!isMonthDay(day))
    return { error: 'Indicare il giorno come MM-GG (mese e giorno, es. 12-07 per il 7 dicembre)' };
  return { day };
}
