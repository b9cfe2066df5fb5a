import {
  generateSigningKeyPem,
  isAllowed,
  requireAccess,
  TokenIssuer,
  TokenVerifier,
  type Principal,
} from '../src';

const caseworker: Principal = {
  kind: 'user',
  subjectId: 'u1',
  tenantId: 't1',
  roles: ['CASEWORKER'],
  scopes: [],
  name: 'mario',
};

describe('tokens', () => {
  const keys = generateSigningKeyPem();

  it('round-trips a principal', async () => {
    const issuer = await TokenIssuer.fromPem(keys.privateKey);
    const verifier = await TokenVerifier.fromPem(keys.publicKey);
    const { token, expiresAt } = await issuer.issue(caseworker, 60);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    await expect(verifier.fromAuthorizationHeader(`Bearer ${token}`)).resolves.toEqual(caseworker);
    await expect(verifier.fromAuthorizationHeader(undefined)).resolves.toBeNull();
  });

  it('refuses tokens signed by another key, expired, or malformed', async () => {
    const other = await TokenIssuer.fromPem(generateSigningKeyPem().privateKey);
    const verifier = await TokenVerifier.fromPem(keys.publicKey);
    const { token } = await other.issue(caseworker, 60);
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const issuer = await TokenIssuer.fromPem(keys.privateKey);
    const expired = await issuer.issue(caseworker, -10);
    await expect(verifier.verify(expired.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.fromAuthorizationHeader('Basic abc')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(verifier.verify('not.a.token')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('access rules', () => {
  it('lets caseworkers write and viewers only read', () => {
    expect(isAllowed(caseworker, { domain: 'registry', level: 'write' })).toBe(true);
    const viewer = { ...caseworker, roles: ['VIEWER' as const] };
    expect(isAllowed(viewer, { domain: 'registry', level: 'read' })).toBe(true);
    expect(isAllowed(viewer, { domain: 'registry', level: 'write' })).toBe(false);
    expect(isAllowed(caseworker, { admin: 'tenant' })).toBe(false);
  });

  it('gives API clients exactly their scopes', () => {
    const client: Principal = {
      ...caseworker,
      kind: 'client',
      roles: [],
      scopes: ['registry:read', 'rei:write'],
    };
    expect(isAllowed(client, { domain: 'registry', level: 'read' })).toBe(true);
    expect(isAllowed(client, { domain: 'registry', level: 'write' })).toBe(false);
    expect(isAllowed(client, { domain: 'rei', level: 'read' })).toBe(true);
    expect(isAllowed(client, { domain: 'siuss', level: 'read' })).toBe(false);
    expect(isAllowed(client, { admin: 'tenant' })).toBe(false);
  });

  it('requires a tenant for tenant work', () => {
    const platform: Principal = { ...caseworker, roles: ['PLATFORM_ADMIN'], tenantId: null };
    expect(() => requireAccess(platform, { domain: 'registry', level: 'read' })).toThrow(
      /Seleziona prima un ente/,
    );
    expect(() => requireAccess(null, { domain: 'registry', level: 'read' })).toThrow(
      /Autenticazione/,
    );
    expect(requireAccess(caseworker, { domain: 'rei', level: 'write' }).tenantId).toBe('t1');
  });
});
