import { oauthDescription, singleParameters } from '../src/domain/oauth';

describe('OAuth rules', () => {
  it('writes error descriptions in the ASCII RFC 6749 allows, without accents, quotes or backslashes', () => {
    expect(oauthDescription('Solo grant_type=client_credentials è supportato')).toBe(
      'Solo grant_type=client_credentials e supportato',
    );
    expect(oauthDescription('l\u2019ambito "x\\y" non è già concesso\n')).toBe(
      "l'ambito xy non e gia concesso",
    );
    expect(oauthDescription('x'.repeat(1000))).toHaveLength(200);
    expect(oauthDescription('scope \u0000\u202e\u{1F600}')).toBe('scope ');
  });

  it('takes each parameter once: a repeated one (an array in the form) is named', () => {
    expect(singleParameters({ grant_type: 'a', scope: 'b' }, ['grant_type', 'scope', 'x'])).toEqual(
      { values: { grant_type: 'a', scope: 'b' } },
    );
    expect(singleParameters({ grant_type: ['a', 'b'] }, ['grant_type'])).toEqual({
      repeated: 'grant_type',
    });
    expect(singleParameters({ token: { a: 1 } }, ['token'])).toEqual({ repeated: 'token' });
  });
});
