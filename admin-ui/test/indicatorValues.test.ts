import { ageBand, NO_ISEE_BAND } from '@sisa/rules';
import { arrangeGroups, builtInChoices, monthsBetween } from '../src/dashboard/indicatorValues';
import { indicatorListPath } from '../src/dashboard/indicatorLinks';

describe('the groups of an indicator on the cruscotto', () => {
  it('puts age bands in age order and households without an ISEE last', () => {
    const ages = [70, 10, 40].map((age, value) => ({ key: ageBand(age), value }));
    expect(
      arrangeGroups(ages, { entity: 'SUBJECT', groupBy: 'ageBand' }).map((g) => g.key),
    ).toEqual(['0-17', '35-54', '65+']);
    const isee = [NO_ISEE_BAND, '>20.000'].map((key, value) => ({ key, value }));
    expect(
      arrangeGroups(isee, { entity: 'HOUSEHOLD', groupBy: 'iseeBand' }).map((g) => g.key),
    ).toEqual(['>20.000', NO_ISEE_BAND]);
    expect(builtInChoices('HOUSEHOLD', 'iseeBand')?.at(-1)).toEqual({
      id: NO_ISEE_BAND,
      name: 'Senza ISEE',
    });
  });

  it('puts ISEE bands in band order, not text order', () => {
    const groups = ['>20.000', '3.000-6.000', '≤3.000', '9.360-20.000', '6.000-9.360'].map(
      (key, value) => ({ key, value }),
    );
    expect(
      arrangeGroups(groups, { entity: 'HOUSEHOLD', groupBy: 'iseeBand' }).map((g) => g.key),
    ).toEqual(['≤3.000', '3.000-6.000', '6.000-9.360', '9.360-20.000', '>20.000']);
  });

  it('shows every month of the period, the empty ones at zero', () => {
    const arranged = arrangeGroups(
      [
        { key: '2018-03', value: 2 },
        { key: '2018-01', value: 1 },
      ],
      { entity: 'REI_APPLICATION', groupBy: 'submittedAt:month' },
    );
    expect(arranged).toEqual([
      { key: '2018-01', value: 1 },
      { key: '2018-02', value: 0 },
      { key: '2018-03', value: 2 },
    ]);
    const lastSix = arrangeGroups([{ key: '2026-11', value: 4 }], {
      entity: 'SUBJECT',
      groupBy: 'createdAt:month',
      lastMonths: 6,
      now: new Date('2026-12-07T10:00:00Z'),
    });
    expect(lastSix.map((g) => g.key)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(lastSix.map((g) => g.value)).toEqual([0, 0, 0, 0, 4, 0]);
    expect(monthsBetween('2018-11', '2019-02')).toEqual([
      '2018-11',
      '2018-12',
      '2019-01',
      '2019-02',
    ]);
  });

  it('leads a figure or a bar to its list, filtered the same way, or nowhere', () => {
    const path = (p: string | null) =>
      p && {
        resource: p.split('?')[0],
        filter: JSON.parse(new URLSearchParams(p.split('?')[1]).get('filter')!),
      };
    expect(path(indicatorListPath({ entity: 'SUBJECT', groupBy: 'sex' }, 'F'))).toEqual({
      resource: '/subjects',
      filter: { sex: 'F' },
    });
    expect(
      path(
        indicatorListPath(
          {
            entity: 'REI_APPLICATION',
            filter: { status: 'ACCEPTED' },
            groupBy: 'submittedAt:month',
          },
          '2018-02',
        ),
      ),
    ).toEqual({
      resource: '/reiApplications',
      filter: { status: 'ACCEPTED', submittedFrom: '2018-02-01', submittedTo: '2018-02-28' },
    });
    expect(
      path(indicatorListPath({ entity: 'SUBJECT', groupBy: 'customFields.area' }, 'SAN')),
    ).toEqual({ resource: '/subjects', filter: { customFields: { area: 'SAN' } } });
    // No list filter says "foreign citizen" or "age ≥ 18": no link rather than a wrong one.
    expect(indicatorListPath({ entity: 'SUBJECT', filter: { foreignCitizen: true } })).toBeNull();
    expect(indicatorListPath({ entity: 'SUBJECT', filter: { age: { gte: 18 } } })).toBeNull();
    expect(indicatorListPath({ entity: 'HOUSEHOLD', groupBy: 'iseeBand' }, '≤3.000')).toBeNull();
  });
});
