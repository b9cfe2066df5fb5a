import { BadUserInputError } from '@sisa/kernel';
import { originProblem, readAllowedOrigins } from '../src/domain/allowedOrigins';

describe('allowed origins (CORS) of a tenant', () => {
  it('accepts exact https origins, and http only for localhost', () => {
    for (const ok of [
      'https://servizi.comune.it',
      'https://servizi.comune.it:8443',
      'http://localhost:5173',
      'http://127.0.0.1:3000',
    ])
      expect(originProblem(ok)).toBeNull();
  });

  it('refuses wildcards, paths, other schemes, plain http and oversized values', () => {
    for (const bad of [
      '*',
      'https://*.comune.it',
      'https://servizi.comune.it/',
      'https://servizi.comune.it/app',
      'http://servizi.comune.it',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'null',
      `https://${'a'.repeat(200)}.it`,
      'https://user:pw@servizi.comune.it',
    ])
      expect(originProblem(bad)).not.toBeNull();
  });

  it('reports every bad origin at once, by position, and removes repetitions', () => {
    expect(readAllowedOrigins(['https://a.it', ' https://a.it ', 'https://b.it'])).toEqual([
      'https://a.it',
      'https://b.it',
    ]);
    let error: unknown;
    try {
      readAllowedOrigins(['https://a.it', '*', 'http://b.it']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).fieldErrors.map((e) => e.field)).toEqual([
      'origins.1',
      'origins.2',
    ]);
  });

  it('refuses more than 20 origins', () => {
    const many = Array.from({ length: 21 }, (_, i) => `https://s${i}.comune.it`);
    expect(() => readAllowedOrigins(many)).toThrow(BadUserInputError);
  });
});
