import { isFieldVisible } from '../src';

describe('isFieldVisible', () => {
  const when = (field: string, equals: unknown) => ({ visibleWhen: { field, equals } });

  it('shows a field without a condition', () => {
    expect(isFieldVisible({}, {})).toBe(true);
    expect(isFieldVisible({ visibleWhen: null }, {})).toBe(true);
  });

  it('reads another custom field by key or by customFields.<key>', () => {
    expect(isFieldVisible(when('disability', true), { disability: true })).toBe(true);
    expect(isFieldVisible(when('customFields.disability', true), { disability: false })).toBe(
      false,
    );
  });

  it('treats a known custom key without a value as custom, not as a built-in', () => {
    const keys = new Set(['sex']);
    expect(isFieldVisible(when('sex', 'F'), {}, { sex: 'F' }, keys)).toBe(false);
    expect(isFieldVisible(when('sex', 'F'), {}, { sex: 'F' })).toBe(true);
  });

  it('reads built-ins by flat key or by path', () => {
    const cond = when('residence.municipalityCode', '015146');
    expect(isFieldVisible(cond, {}, { 'residence.municipalityCode': '015146' })).toBe(true);
    expect(isFieldVisible(cond, {}, { residence: { municipalityCode: '015146' } })).toBe(true);
    expect(isFieldVisible(cond, {}, { residence: { municipalityCode: '015209' } })).toBe(false);
  });

  it('matches a multiple choice that contains the value, and numbers as their text', () => {
    expect(isFieldVisible(when('areas', 'SAN'), { areas: ['EDU', 'SAN'] })).toBe(true);
    expect(isFieldVisible(when('count', '3'), { count: 3 })).toBe(true);
    expect(isFieldVisible(when('count', '3'), { count: null })).toBe(false);
  });
});
