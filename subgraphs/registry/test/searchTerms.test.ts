import { lastNamePrefix, searchTerms } from '../src/domain/searchTerms';

describe('search terms', () => {
  it('folds accents and case, keeps letters and digits', () => {
    expect(searchTerms("  Nicolò D'Angelo ")).toEqual(['nicolo', 'dangelo']);
    expect(searchTerms('RSSMRA80')).toEqual(['rssmra80']);
  });

  it('ignores empty input, punctuation-only words, and words past the fifth', () => {
    expect(searchTerms(null)).toEqual([]);
    expect(searchTerms(' - , ')).toEqual([]);
    expect(searchTerms('a b c d e f g')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('folds a last-name prefix the same way', () => {
    expect(lastNamePrefix("D'Àng")).toBe('dang');
    expect(lastNamePrefix(' - ')).toBeNull();
    expect(lastNamePrefix(null)).toBeNull();
  });
});
