import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  dayOfWeek,
  easterSunday,
  isItalianHoliday,
  isIsoDate,
  isMonthDay,
  isWorkingDay,
  italianHolidays,
  italianHolidaysWithNames,
  monthsInclusive,
  startOfDayInItaly,
  todayInItaly,
  workingDaysBetween,
} from '../src';

describe('ISO dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2018-02-28')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2018-02-29')).toBe(false);
    expect(isIsoDate('2018-13-01')).toBe(false);
    expect(isIsoDate('2018-1-01')).toBe(false);
    expect(isIsoDate('01/01/2018')).toBe(false);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2018-01-01')).toBe(1);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(dayOfWeek('2026-10-04')).toBe(0);
  });
});

describe('easterSunday', () => {
  it.each([
    [2017, '2017-04-16'],
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [1818, '1818-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses years outside the Gregorian calendar', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2018.5)).toThrow(RangeError);
  });
});

describe('italianHolidays', () => {
  it('lists the national holidays of 2018', () => {
    expect(italianHolidays(2018)).toEqual([
      '2018-01-01',
      '2018-01-06',
      '2018-04-02',
      '2018-04-25',
      '2018-05-01',
      '2018-06-02',
      '2018-08-15',
      '2018-11-01',
      '2018-12-08',
      '2018-12-25',
      '2018-12-26',
    ]);
  });

  it('adds San Francesco (4 October) from 2026, L. 151/2025', () => {
    expect(italianHolidays(2025)).not.toContain('2025-10-04');
    expect(italianHolidays(2026)).toContain('2026-10-04');
    expect(italianHolidays(2027)).toContain('2027-10-04');
    expect(italianHolidaysWithNames(2026).find((h) => h.date === '2026-10-04')?.name).toBe(
      "San Francesco d'Assisi",
    );
  });

  it('follows the changes of 1977–2001', () => {
    expect(italianHolidays(1980)).not.toContain('1980-01-06');
    expect(italianHolidays(1986)).toContain('1986-01-06');
    expect(italianHolidays(2000)).not.toContain('2000-06-02');
    expect(italianHolidays(2001)).toContain('2001-06-02');
  });

  it('names Easter Monday', () => {
    expect(italianHolidaysWithNames(2018)).toContainEqual({
      date: '2018-04-02',
      name: "Lunedì dell'Angelo (Pasquetta)",
    });
    expect(isItalianHoliday('2018-04-02')).toBe(true);
    expect(isItalianHoliday('2018-04-01')).toBe(false);
  });
});

describe('working days', () => {
  it('excludes weekends and holidays', () => {
    expect(isWorkingDay('2018-04-03')).toBe(true);
    expect(isWorkingDay('2018-04-02')).toBe(false); // Easter Monday
    expect(isWorkingDay('2018-04-07')).toBe(false); // Saturday
    expect(isWorkingDay('2018-04-08')).toBe(false); // Sunday
    expect(isWorkingDay('2018-04-25')).toBe(false);
    expect(isWorkingDay('2027-10-04')).toBe(false); // San Francesco, a Monday
    expect(isWorkingDay('2025-10-04')).toBe(false); // a Saturday anyway
    expect(isWorkingDay('2024-10-04')).toBe(true);
  });

  it('accepts local holidays', () => {
    expect(isWorkingDay('2018-12-07')).toBe(true);
    expect(isWorkingDay('2018-12-07', { extraHolidays: ['2018-12-07'] })).toBe(false);
    expect(addWorkingDays('2018-12-06', 1, { extraHolidays: ['2018-12-07'] })).toBe('2018-12-10');
  });

  it('skips a patron saint every year', () => {
    const milano = { annualHolidays: ['12-07'] };
    // 26/11/2018 + 15 working days: 17/12 nationally, 18/12 in Milano (Sant'Ambrogio, a Friday).
    expect(addWorkingDays('2018-11-26', 15)).toBe('2018-12-17');
    expect(addWorkingDays('2018-11-26', 15, milano)).toBe('2018-12-18');
    expect(isWorkingDay('2019-12-07', milano)).toBe(false);
    expect(isWorkingDay('2020-12-07', milano)).toBe(false);
    expect(isWorkingDay('2020-12-07')).toBe(true);
    expect(workingDaysBetween('2018-11-26', '2018-12-18', milano)).toBe(15);
    const sesto = { annualHolidays: ['06-24'] };
    expect(addWorkingDays('2019-06-21', 1, sesto)).toBe('2019-06-25');
  });

  it('knows a month and day of some year', () => {
    expect(isMonthDay('12-07')).toBe(true);
    expect(isMonthDay('02-29')).toBe(true);
    expect(isMonthDay('02-30')).toBe(false);
    expect(isMonthDay('13-01')).toBe(false);
    expect(isMonthDay('7-12')).toBe(false);
    expect(isMonthDay('12-07\n')).toBe(false);
  });

  it('adds working days without counting the start', () => {
    expect(addWorkingDays('2018-03-29', 1)).toBe('2018-03-30');
    expect(addWorkingDays('2018-03-30', 1)).toBe('2018-04-03'); // weekend and Easter Monday
    expect(addWorkingDays('2018-04-20', 15)).toBe('2018-05-15'); // 25/4 and 1/5 skipped
    expect(addWorkingDays('2018-04-21', 0)).toBe('2018-04-21');
    expect(addWorkingDays('2018-04-03', -1)).toBe('2018-03-30');
    expect(addWorkingDays('2017-12-22', 5)).toBe('2018-01-03'); // Christmas, St Stephen, New Year
  });

  it('counts working days so that it inverts addWorkingDays', () => {
    for (const start of ['2018-01-01', '2018-03-30', '2018-12-21', '2026-09-30']) {
      for (const n of [0, 1, 5, 15, 20, 25]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
    expect(workingDaysBetween('2018-04-03', '2018-03-30')).toBe(-1);
    expect(workingDaysBetween('2018-04-07', '2018-04-08')).toBe(0);
  });

  it('refuses silly input', () => {
    expect(() => addWorkingDays('2018-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2018-02-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2018-02-01', 100_000)).toThrow(RangeError);
    expect(() => workingDaysBetween('2018-01-01', '2099-01-01')).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2018-01-31', 1)).toBe('2018-02-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(addDays('2018-01-01', -1)).toBe('2017-12-31');
    expect(addDays('2018-03-25', 1)).toBe('2018-03-26'); // daylight saving does not matter
    expect(() => addDays('2018-01-01', 0.5)).toThrow(RangeError);
  });

  it('adds months, keeping the day or the end of the month', () => {
    expect(addMonths('2018-01-31', 1)).toBe('2018-02-28');
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2018-01-15', 18)).toBe('2019-07-15');
    expect(addMonths('2018-03-31', -1)).toBe('2018-02-28');
    expect(addMonths('2018-01-15', -13)).toBe('2016-12-15');
    expect(() => addMonths('2018-1-15', 1)).toThrow('Data non valida');
  });

  it('counts months inclusive', () => {
    expect(monthsInclusive('2018-02', '2018-12')).toBe(11);
    expect(monthsInclusive('2018-01', '2018-01')).toBe(1);
    expect(monthsInclusive('2017-12', '2018-01')).toBe(2);
    expect(monthsInclusive('2018-05', '2018-04')).toBe(0);
    expect(() => monthsInclusive('2018-13', '2018-12')).toThrow(RangeError);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2018-01-01', '2019-01-01')).toBe(365);
    expect(daysBetween('2019-01-01', '2018-01-01')).toBe(-365);
  });
});

describe('todayInItaly', () => {
  it('uses the Rome calendar date, daylight saving included', () => {
    expect(todayInItaly(new Date('2018-03-31T21:59:59Z'))).toBe('2018-03-31'); // CET, UTC+1
    expect(todayInItaly(new Date('2018-03-31T22:30:00Z'))).toBe('2018-04-01');
    expect(todayInItaly(new Date('2018-07-31T22:30:00Z'))).toBe('2018-08-01'); // CEST, UTC+2
    expect(todayInItaly(new Date('2018-07-31T21:59:00Z'))).toBe('2018-07-31');
    expect(todayInItaly(new Date('2018-12-31T23:00:00Z'))).toBe('2019-01-01');
  });

  it('defaults to now and refuses invalid dates', () => {
    expect(isIsoDate(todayInItaly())).toBe(true);
    expect(() => todayInItaly(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('startOfDayInItaly', () => {
  it('gives the instant a day begins in Rome, in winter, in summer and on the days the clock changes', () => {
    expect(startOfDayInItaly('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfDayInItaly('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // 29 March 2026: clocks go forward at 02:00, after midnight (CET); the next day is CEST.
    expect(startOfDayInItaly('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInItaly('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // 25 October 2026: clocks go back at 03:00, after midnight (CEST); the next day is CET.
    expect(startOfDayInItaly('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDayInItaly('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    // Every instant from the start on is that day in Rome, and the millisecond before is not.
    for (const day of ['2026-03-29', '2026-03-30', '2026-10-25', '2026-10-26', '2027-01-01']) {
      const start = startOfDayInItaly(day);
      expect(todayInItaly(start)).toBe(day);
      expect(todayInItaly(new Date(start.getTime() - 1))).not.toBe(day);
    }
  });

  it('refuses what is not a date', () => {
    expect(() => startOfDayInItaly('2026-13-45x')).toThrow(RangeError);
    expect(() => startOfDayInItaly('ieri')).toThrow(RangeError);
  });
});
