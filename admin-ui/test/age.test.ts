import { ageOn } from '../src/common/age';

// The REI over-55 checklist offers the members of that age on the application's date.
describe('ageOn', () => {
  it('counts a year from the birthday itself, not the day after', () => {
    expect(ageOn('1963-01-10', '2018-01-09')).toBe(54);
    expect(ageOn('1963-01-10', '2018-01-10')).toBe(55);
    expect(ageOn('1963-02-28', '2018-03-01')).toBe(55);
    expect(ageOn('2008-02-01', '2018-01-10')).toBe(9);
  });
});
