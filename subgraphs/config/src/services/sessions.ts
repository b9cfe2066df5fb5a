import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  ForbiddenError,
  RateLimitedError,
  TokenIssuer,
  type Principal,
} from '@sisa/kernel';
import { Tenant } from '../entities/tenant.entity';
import { userRepository, type LoginRecord } from '../entities/user.repository';
import { isLocked, tooManyAttemptsMessage } from '../domain/loginThrottle';
import { normaliseUsername } from '../domain/identityRules';
import { UNMATCHABLE_HASH, verifyPassword } from '../domain/password';
import type { LoginLimiter } from './loginLimiter';

export interface SessionResult {
  token: string;
  expiresAt: Date;
  user: LoginRecord;
  /** The tenant the token acts in (for a platform admin: the one switched to). */
  tenantId: string | null;
}

const INVALID_CREDENTIALS = 'Nome utente o password non corretti';

const invalidCredentials = () =>
  new BadUserInputError([{ field: 'password', message: INVALID_CREDENTIALS }], INVALID_CREDENTIALS);

/** Issues user sessions: login with throttling and lock, tenant switch for platform admins. */
export class SessionService {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly ttlSeconds: number,
    private readonly limiter: LoginLimiter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Checks the password of `username`, logging in from `address`. Unknown, inactive and real
   * users with a wrong password get the same answer after the same work (one scrypt). Runs
   * without the operation's transaction (`mutationsWithoutTransaction`): no connection is held
   * while it hashes, and a failure, counted in one statement, stands although login answers an
   * error.
   */
  async login(
    em: EntityManager,
    username: string,
    password: string,
    address: string | null,
  ): Promise<SessionResult> {
    const name = normaliseUsername(username);
    await this.limiter.beginLogin(name, address);
    const user = await userRepository.findForLogin(em, name);
    const matches = await verifyPassword(password, user?.passwordHash ?? UNMATCHABLE_HASH);
    if (!user || !user.active) throw invalidCredentials();
    const now = this.now();
    if (isLocked(user.lockedUntil, now)) {
      const wait = Math.ceil((user.lockedUntil!.getTime() - now.getTime()) / 1000);
      throw new RateLimitedError(tooManyAttemptsMessage(wait), wait);
    }
    if (!matches) {
      await userRepository.recordLoginFailure(em, user.id);
      throw invalidCredentials();
    }
    await userRepository.recordLoginSuccess(em, user.id);
    await this.limiter.loginSucceeded(name, address);
    return this.issue(user, user.tenantId);
  }

  /** A platform admin's new token acting in `tenantId`. */
  async switchTenant(
    em: EntityManager,
    principal: Principal,
    tenantId: string,
  ): Promise<SessionResult> {
    if (principal.kind !== 'user' || !principal.roles.includes('PLATFORM_ADMIN'))
      throw new ForbiddenError();
    const tenant = await em.findOne(Tenant, { id: tenantId, active: true });
    if (!tenant) throw BadUserInputError.field('tenantId', 'Ente non trovato');
    const user = await userRepository.findForSession(em, principal.subjectId);
    if (!user || !user.active) throw new ForbiddenError();
    return this.issue(user, tenant.id);
  }

  private async issue(user: LoginRecord, tenantId: string | null): Promise<SessionResult> {
    const { token, expiresAt } = await this.issuer.issue(
      {
        kind: 'user',
        subjectId: user.id,
        tenantId,
        roles: user.roles,
        scopes: [],
        name: user.username,
      },
      this.ttlSeconds,
    );
    return { token, expiresAt, user, tenantId };
  }
}
