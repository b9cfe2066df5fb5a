import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TokenIssuer, type Scope, type TokenVerifier } from '@sisa/kernel';
import type { OAuthErrorCode } from '../domain/oauth';
import { sessionRepository } from '../entities/session.repository';

export interface ClientCredentialsRecord {
  id: string;
  tenantId: string;
  clientId: string;
  name: string;
  secretHash: string;
  scopes: Scope[];
  active: boolean;
}

export interface ClientRow {
  id: string;
  tenant_id: string;
  client_id: string;
  name: string;
  secret_hash: string;
  scopes: Scope[];
  active: boolean;
}

export function newClientId(): string {
  return `sisa_${randomBytes(10).toString('hex')}`;
}

export function newClientSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashClientSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a token request was refused, in OAuth2 terms (RFC 6749 §5.2). */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status = error === 'invalid_client' ? 401 : 400,
  ) {
    super(description);
  }
}

/** Issues tenant-bound tokens to API clients (OAuth2 client_credentials). */
export class ClientTokenService {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly ttlSeconds: number,
  ) {}

  /** The active client with this id and secret, else `invalid_client`. */
  async authenticate(
    em: EntityManager,
    clientId: string,
    clientSecret: string,
  ): Promise<ClientRow> {
    const rows = await em.execute<ClientRow[]>('select * from config.auth_client_by_client_id(?)', [
      clientId,
    ]);
    const row = rows[0];
    if (!row || !row.active || !secretMatches(clientSecret, row.secret_hash)) {
      throw new OAuthError('invalid_client', 'Client sconosciuto, revocato o segreto errato');
    }
    return row;
  }

  async issue(
    em: EntityManager,
    clientId: string,
    clientSecret: string,
    requestedScope: string | undefined,
  ): Promise<{ token: string; expiresIn: number; scopes: Scope[] }> {
    const row = await this.authenticate(em, clientId, clientSecret);
    let scopes = row.scopes;
    if (requestedScope?.trim()) {
      const requested = requestedScope.trim().split(/\s+/) as Scope[];
      const notGranted = requested.filter((s) => !row.scopes.includes(s));
      if (notGranted.length)
        throw new OAuthError('invalid_scope', `Ambiti non concessi: ${notGranted.join(' ')}`);
      scopes = requested;
    }
    // A session per token, so revoking the client ends the tokens it already holds.
    const sessionId = await sessionRepository.open(em, {
      subjectKind: 'client',
      subjectId: row.id,
      roles: [],
      expiresAt: new Date(Date.now() + this.ttlSeconds * 1000),
    });
    const { token } = await this.issuer.issue(
      {
        kind: 'client',
        subjectId: row.id,
        tenantId: row.tenant_id,
        roles: [],
        scopes,
        name: row.client_id,
        sessionId,
      },
      this.ttlSeconds,
    );
    await em.execute('select config.auth_record_client_use(?)', [row.id]);
    return { token, expiresIn: this.ttlSeconds, scopes };
  }

  /**
   * RFC 7009: ends the session of `token` when it is an access token issued to `client`. Any
   * other token (unknown, expired, already revoked, another client's) is left as it is, and the
   * caller learns nothing about it.
   */
  async revoke(
    em: EntityManager,
    verifier: TokenVerifier,
    client: ClientRow,
    token: string,
  ): Promise<void> {
    const principal = await verifier.verify(token).catch(() => null);
    if (principal?.kind === 'client' && principal.subjectId === client.id && principal.sessionId) {
      await sessionRepository.revoke(em, principal.sessionId);
    }
  }
}
