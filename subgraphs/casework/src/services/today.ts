import { todayInItaly } from '@sisa/italia';

let cached = { second: -1, day: '' };

/** Today in Italy, computed at most once a second (lists ask it for every row; Intl is costly). */
export function today(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== cached.second) cached = { second, day: todayInItaly() };
  return cached.day;
}
