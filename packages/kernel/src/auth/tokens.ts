import { importPKCS8, importSPKI, jwtVerify, SignJWT, type CryptoKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { UnauthenticatedError } from '../errors';
import { signingKeyIdOfPrivate } from './jwks';
import { platformScopes, ROLES, type Principal, type Role, type Scope } from './principal';

/** Turns a token's principal into the one in force now (see `SessionCheck`), or throws. */
export interface PrincipalCheck {
  check(principal: Principal): Principal | Promise<Principal>;
}

const ALGORITHM = 'EdDSA';
const ISSUER = 'sisa';
const AUDIENCE = 'sisa-api';

interface SisaClaims {
  knd: 'user' | 'client';
  tid: string | null;
  roles: string[];
  scope: string;
  name: string;
  sid?: string;
  sgr?: string;
}

/** Signs tokens. Lives in the config subgraph, the only holder of the private key. */
export class TokenIssuer {
  private constructor(
    private readonly key: CryptoKey,
    /** The key's id in the published JWKS (`kid` in every token's header). */
    readonly keyId: string,
  ) {}

  static async fromPem(privateKeyPem: string): Promise<TokenIssuer> {
    return new TokenIssuer(
      await importPKCS8(privateKeyPem, ALGORITHM),
      await signingKeyIdOfPrivate(privateKeyPem),
    );
  }

  async issue(
    principal: Principal,
    ttlSeconds: number,
  ): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const claims: SisaClaims = {
      knd: principal.kind,
      tid: principal.tenantId,
      roles: principal.roles,
      scope: principal.scopes.join(' '),
      name: principal.name,
    };
    if (principal.sessionId) claims.sid = principal.sessionId;
    if (principal.supportGrantId) claims.sgr = principal.supportGrantId;
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', kid: this.keyId })
      .setSubject(principal.subjectId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }
}

interface CachedPrincipal {
  principal: Principal;
  expiresAtMs: number;
}

/**
 * Verifies tokens (signature, issuer, audience, expiry) and turns them into a Principal.
 * Verified tokens are remembered until they expire, so a busy client costs one signature check.
 */
export class TokenVerifier {
  private readonly cache = new LRUCache<string, CachedPrincipal>({ max: 10_000 });
  private sessions: PrincipalCheck | null = null;

  private constructor(private readonly key: CryptoKey) {}

  /**
   * Checks every verified token against its session as well (subgraphs): a signature says who
   * was let in, the session says whether they still are and with which roles.
   */
  checkSessionsWith(sessions: PrincipalCheck): this {
    this.sessions = sessions;
    return this;
  }

  static async fromPem(publicKeyPem: string): Promise<TokenVerifier> {
    return new TokenVerifier(await importSPKI(publicKeyPem, ALGORITHM));
  }

  /** The principal of an `Authorization` header value, null when there is none. */
  async fromAuthorizationHeader(header: string | undefined | null): Promise<Principal | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new UnauthenticatedError('Intestazione Authorization non valida');
    return this.verify(match[1]!);
  }

  async verify(token: string): Promise<Principal> {
    const principal = await this.verifySignature(token);
    return this.sessions ? this.sessions.check(principal) : principal;
  }

  private async verifySignature(token: string): Promise<Principal> {
    const cached = this.cache.get(token);
    if (cached) {
      if (cached.expiresAtMs > Date.now()) return cached.principal;
      this.cache.delete(token);
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch {
      throw new UnauthenticatedError('Token non valido o scaduto');
    }
    const principal = toPrincipal(payload);
    this.cache.set(token, { principal, expiresAtMs: (payload.exp as number) * 1000 });
    return principal;
  }
}

function toPrincipal(payload: Record<string, unknown>): Principal {
  const kind = payload.knd;
  const tenantId = payload.tid;
  if (
    (kind !== 'user' && kind !== 'client') ||
    (tenantId !== null && typeof tenantId !== 'string')
  ) {
    throw new UnauthenticatedError('Token non valido o scaduto');
  }
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string))
    : [];
  const known = platformScopes();
  const scopes =
    typeof payload.scope === 'string'
      ? payload.scope.split(' ').filter((s): s is Scope => known.includes(s as Scope))
      : [];
  return {
    kind,
    subjectId: payload.sub as string,
    tenantId,
    roles,
    scopes,
    name: typeof payload.name === 'string' ? payload.name : '',
    ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
    ...(typeof payload.sgr === 'string' ? { supportGrantId: payload.sgr } : {}),
  };
}
