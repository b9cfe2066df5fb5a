import {
  ForbiddenError,
  generateSigningKeyPem,
  isAllowed,
  publicSigningJwk,
  requireAccess,
  SessionCheck,
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

  it('carries the session and the support grant, and checks the session on every verify', async () => {
    const issuer = await TokenIssuer.fromPem(keys.privateKey);
    const admin: Principal = {
      ...caseworker,
      roles: ['PLATFORM_ADMIN'],
      sessionId: 's1',
      supportGrantId: 'g1',
    };
    const { token } = await issuer.issue(admin, 60);
    let state: { roles: ['PLATFORM_ADMIN']; supportUntilMs: number } | null = {
      roles: ['PLATFORM_ADMIN'],
      supportUntilMs: Date.now() + 60_000,
    };
    const sessions = new SessionCheck({ load: async () => state, maxAgeMs: 0 });
    const verifier = (await TokenVerifier.fromPem(keys.publicKey)).checkSessionsWith(sessions);
    await expect(verifier.verify(token)).resolves.toEqual(admin);
    state = { roles: ['PLATFORM_ADMIN'], supportUntilMs: Date.now() - 1 };
    await expect(verifier.verify(token)).resolves.toMatchObject({ supportGrantId: null });
    state = null;
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const { token: withoutSession } = await issuer.issue(caseworker, 60);
    await expect(verifier.verify(withoutSession)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('session check', () => {
  const principal: Principal = { ...caseworker, sessionId: 's1' };

  it('reads a session once within its cache age, then again (the bound if a NOTIFY is lost)', async () => {
    let now = 1_000_000;
    let reads = 0;
    let roles: ['CASEWORKER'] | ['VIEWER'] = ['CASEWORKER'];
    const sessions = new SessionCheck({
      load: async () => {
        reads += 1;
        return { roles, supportUntilMs: null };
      },
      maxAgeMs: 5000,
      now: () => now,
    });
    await sessions.check(principal);
    roles = ['VIEWER'];
    now += 4999;
    await expect(sessions.check(principal)).resolves.toMatchObject({ roles: ['CASEWORKER'] });
    expect(reads).toBe(1);
    now += 1;
    await expect(sessions.check(principal)).resolves.toMatchObject({ roles: ['VIEWER'] });
    expect(reads).toBe(2);
    sessions.forget('s1');
    await sessions.check(principal);
    expect(reads).toBe(3);
  });

  it('takes the roles from the session, never from the token', async () => {
    const sessions = new SessionCheck({
      load: async () => ({ roles: ['VIEWER'], supportUntilMs: null }),
    });
    const admin = { ...principal, roles: ['TENANT_ADMIN' as const] };
    await expect(sessions.check(admin)).resolves.toMatchObject({ roles: ['VIEWER'] });
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

  it('lets a case supervisor write like a caseworker, not administer', () => {
    const supervisor = { ...caseworker, roles: ['CASE_SUPERVISOR' as const] };
    expect(isAllowed(supervisor, { domain: 'registry', level: 'write' })).toBe(true);
    expect(isAllowed(supervisor, { admin: 'tenant' })).toBe(false);
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

  it('names the scope a client lacks in the FORBIDDEN it gets (extensions.requiredScope)', () => {
    const client: Principal = { ...caseworker, kind: 'client', roles: [], scopes: ['rei:read'] };
    const refusal = (principal: Principal, access: Parameters<typeof requireAccess>[1]) => {
      try {
        requireAccess(principal, access);
      } catch (error) {
        return (error as ForbiddenError).toGraphQLError().extensions;
      }
      throw new Error('allowed');
    };
    expect(refusal(client, { domain: 'registry', level: 'read' })).toEqual({
      code: 'FORBIDDEN',
      requiredScope: 'registry:read',
    });
    expect(refusal(client, { domain: 'rei', level: 'write' })).toEqual({
      code: 'FORBIDDEN',
      requiredScope: 'rei:write',
    });
    // No scope opens administration, and people lack roles, not scopes.
    expect(refusal(client, { admin: 'tenant' })).toEqual({ code: 'FORBIDDEN' });
    const viewer: Principal = { ...caseworker, roles: ['VIEWER'] };
    expect(refusal(viewer, { domain: 'rei', level: 'write' })).toEqual({ code: 'FORBIDDEN' });
  });

  it('publishes the verifying key as a JWK whose kid every issued token names', async () => {
    const keys = generateSigningKeyPem();
    const jwk = await publicSigningJwk(keys.publicKey);
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwk).not.toHaveProperty('d');
    const issuer = await TokenIssuer.fromPem(keys.privateKey);
    expect(issuer.keyId).toBe(jwk.kid);
    const { token } = await issuer.issue(caseworker, 60);
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
    expect(header).toMatchObject({ alg: 'EdDSA', kid: jwk.kid });
  });

  it('keeps personal data from a platform admin without a support grant', () => {
    const platformAdmin: Principal = { ...caseworker, roles: ['PLATFORM_ADMIN'] };
    for (const domain of ['registry', 'rei', 'siuss'] as const) {
      expect(() => requireAccess(platformAdmin, { domain, level: 'read' })).toThrow(
        /accesso di assistenza/,
      );
      expect(isAllowed(platformAdmin, { domain, level: 'read' })).toBe(false);
      expect(
        isAllowed({ ...platformAdmin, supportGrantId: 'g1' }, { domain, level: 'write' }),
      ).toBe(true);
    }
    expect(() => requireAccess(platformAdmin, { admin: 'tenant', domain: 'registry' })).toThrow(
      /accesso di assistenza/,
    );
    expect(requireAccess(platformAdmin, { admin: 'tenant' }).tenantId).toBe('t1');
    expect(requireAccess(platformAdmin, { domain: 'config', level: 'write' }).tenantId).toBe('t1');
    // A comune's own admin needs no grant.
    const tenantAdmin: Principal = { ...caseworker, roles: ['TENANT_ADMIN'] };
    expect(requireAccess(tenantAdmin, { domain: 'registry', level: 'write' }).tenantId).toBe('t1');
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
