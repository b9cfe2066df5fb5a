import { diffRecords, flattenCustomFields } from '../src/domain/revisionDiff';

describe('revision diff', () => {
  it('lists only the fields that changed, old → new', () => {
    expect(
      diffRecords(
        { lastName: 'Rossi', firstName: 'Mario', phone: null },
        { lastName: 'Rossi', firstName: 'Marco', phone: '02 123456' },
      ),
    ).toEqual({
      firstName: { from: 'Mario', to: 'Marco' },
      phone: { from: null, to: '02 123456' },
    });
  });

  it('treats absent and null alike, and compares arrays by value', () => {
    expect(diffRecords({ a: null, tags: ['x', 'y'] }, { tags: ['x', 'y'] })).toEqual({});
    expect(diffRecords({ tags: ['x'] }, { tags: ['x', 'y'] })).toEqual({
      tags: { from: ['x'], to: ['x', 'y'] },
    });
  });

  it('records a creation as every set field from null', () => {
    expect(diffRecords(null, { lastName: 'Rossi', email: null })).toEqual({
      lastName: { from: null, to: 'Rossi' },
    });
  });

  it('names custom fields by key, so a revision says which one changed', () => {
    const before = flattenCustomFields({ iban: 'IT60X', disability: false });
    const after = flattenCustomFields({ iban: 'IT60X', disability: true });
    expect(diffRecords(before, after)).toEqual({
      'customFields.disability': { from: false, to: true },
    });
    expect(diffRecords(flattenCustomFields({ iban: 'IT60X' }), flattenCustomFields({}))).toEqual({
      'customFields.iban': { from: 'IT60X', to: null },
    });
  });
});
