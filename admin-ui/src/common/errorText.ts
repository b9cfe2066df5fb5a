import type { TranslateFunction } from 'react-admin';

/**
 * What a failed call says, in Italian: the data provider's errors carry either a translation key
 * (`app.error.server`, `app.error.network`) or the server's own Italian message.
 */
export function errorText(error: unknown, translate: TranslateFunction): string {
  const message = (error as Error | null)?.message || 'app.error.server';
  return translate(message, { _: message });
}
