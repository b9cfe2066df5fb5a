import type { EntityManager } from '@mikro-orm/postgresql';
import {
  asPlatform,
  BadUserInputError,
  FieldErrors,
  ForbiddenError,
  RateLimitedError,
  TokenIssuer,
  type Principal,
} from '@sisa/kernel';
import { sessionRepository } from '../entities/session.repository';
import {
  supportGrantRepository,
  type ActiveSupportGrant,
} from '../entities/supportGrant.repository';
import { Tenant } from '../entities/tenant.entity';
import { userRepository, type LoginRecord } from '../entities/user.repository';
import { isLocked, tooManyAttemptsMessage } from '../domain/loginThrottle';
import { normaliseUsername } from '../domain/identityRules';
import {
  hashPassword,
  passwordPolicyViolation,
  UNMATCHABLE_HASH,
  verifyPassword,
} from '../domain/password';
import { sessionSeconds } from '../domain/supportGrantRules';
import { recordAudit } from './audit';
import type { LoginLimiter } from './loginLimiter';

export interface SessionResult {
  token: string;
  expiresAt: Date;
  user: LoginRecord;
  /** The tenant the token acts in (for a platform admin: the one switched to). */
  tenantId: string | null;
  /** The support grant the token carries (platform admin in a tenant that granted support). */
  supportGrant: ActiveSupportGrant | null;
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
    return this.issue(em, user, user.tenantId);
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
    const grant = await supportGrantRepository.activeFor(em, tenant.id, user.id);
    if (grant) {
      // The tenant sees when its grant was used, not only when it was given.
      await asPlatform(em, tenant.id, async () => {
        recordAudit(em, {
          tenantId: tenant.id,
          actor: user.username,
          entity: 'SupportGrant',
          entityId: grant.id,
          action: 'USE',
          changes: {},
        });
        await em.flush();
      });
    }
    return this.issue(em, user, tenant.id, grant);
  }

  /** Ends the caller's session: its token stops working in every service at once. */
  async logout(em: EntityManager, principal: Principal): Promise<boolean> {
    if (!principal.sessionId) return false;
    return sessionRepository.revoke(em, principal.sessionId);
  }

  /**
   * The caller changes their own password: every session of theirs ends (a trigger on the user
   * row), and this one goes on with the new session returned.
   */
  async changePassword(
    em: EntityManager,
    principal: Principal,
    currentPassword: string,
    newPassword: string,
  ): Promise<SessionResult> {
    if (principal.kind !== 'user') throw new ForbiddenError();
    const user = await userRepository.findForSession(em, principal.subjectId);
    if (!user || !user.active) throw new ForbiddenError();
    const errors = new FieldErrors();
    if (!(await verifyPassword(currentPassword, user.passwordHash)))
      errors.add('currentPassword', 'La password attuale non è corretta');
    const violation = passwordPolicyViolation(newPassword, user.username);
    if (violation) errors.add('newPassword', violation);
    else if (newPassword === currentPassword)
      errors.add('newPassword', 'La nuova password deve essere diversa da quella attuale');
    errors.throwIfAny();
    await userRepository.setPassword(em, user.id, await hashPassword(newPassword));
    const grant =
      principal.tenantId && principal.supportGrantId
        ? await supportGrantRepository.activeFor(em, principal.tenantId, user.id)
        : null;
    return this.issue(em, user, principal.tenantId, grant);
  }

  private async issue(
    em: EntityManager,
    user: LoginRecord,
    tenantId: string | null,
    supportGrant: ActiveSupportGrant | null = null,
  ): Promise<SessionResult> {
    const now = this.now();
    const seconds = sessionSeconds(this.ttlSeconds, now, supportGrant?.validUntil);
    const sessionId = await sessionRepository.open(em, {
      subjectKind: 'user',
      subjectId: user.id,
      roles: user.roles,
      supportGrantId: supportGrant?.id ?? null,
      expiresAt: new Date(now.getTime() + seconds * 1000),
    });
    const { token, expiresAt } = await this.issuer.issue(
      {
        kind: 'user',
        subjectId: user.id,
        tenantId,
        roles: user.roles,
        scopes: [],
        name: user.username,
        sessionId,
        supportGrantId: supportGrant?.id ?? null,
      },
      seconds,
    );
    return { token, expiresAt, user, tenantId, supportGrant };
  }
}
