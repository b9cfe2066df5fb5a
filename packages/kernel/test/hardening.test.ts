import { introspectionEnabled, nulBytePaths, trustProxyFromEnv } from '../src';

describe('introspectionEnabled', () => {
  it('is on in development, off with NODE_ENV=production, and SISA_INTROSPECTION decides', () => {
    expect(introspectionEnabled({})).toBe(true);
    expect(introspectionEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(introspectionEnabled({ NODE_ENV: 'production', SISA_INTROSPECTION: 'on' })).toBe(true);
    expect(introspectionEnabled({ NODE_ENV: 'development', SISA_INTROSPECTION: 'off' })).toBe(
      false,
    );
  });
});

describe('trustProxyFromEnv', () => {
  it('trusts no proxy unless told which', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    expect(trustProxyFromEnv({ SISA_TRUST_PROXY: 'false' })).toBe(false);
    expect(trustProxyFromEnv({ SISA_TRUST_PROXY: 'true' })).toBe(true);
    expect(trustProxyFromEnv({ SISA_TRUST_PROXY: '1' })).toBe(1);
    expect(trustProxyFromEnv({ SISA_TRUST_PROXY: 'loopback, 10.0.0.0/8' })).toBe(
      'loopback, 10.0.0.0/8',
    );
  });
});

describe('nulBytePaths', () => {
  it('finds NUL characters in strings and keys at any depth, and nothing else', () => {
    expect(
      nulBytePaths({ a: 'ok', b: ['x', 'y\u0000'], c: { 'k\u0000': 1, d: { e: '\u0000' } } }),
    ).toEqual(['b.1', 'c.k\u0000', 'c.d.e']);
    expect(nulBytePaths({ a: 'è\t\n', b: 1, c: null, d: [true] })).toEqual([]);
  });
});
