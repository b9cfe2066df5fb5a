const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

/** Today in Italy as `YYYY-MM-DD` (the contract's `Date`), whatever the browser's time zone. */
export const todayInItaly = (): string => DAY.format(new Date());
