import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError, TokenIssuer, type Principal } from '@sisa/kernel';
import { Tenant } from '../entities/tenant.entity';
import { userRepository, type LoginRecord } from '../entities/user.repository';
import { failureDelayMs, isLocked, lockUntilAfterFailure } from '../domain/loginThrottle';
import { normaliseUsername } from '../domain/identityRules';
import { UNMATCHABLE_HASH, verifyPassword } from '../domain/password';

export interface SessionResult {
  token: string;
  expiresAt: Date;
  user: LoginRecord;
  /** The tenant the token acts in (for a platform admin: the one switched to). */
  tenantId: string | null;
}

const INVALID_CREDENTIALS = 'Nome utente o password non corretti';
const LOCKED = 'Accesso temporaneamente bloccato per troppi tentativi falliti: riprova più tardi';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Issues user sessions: login with throttling and lock, tenant switch for platform admins. */
export class SessionService {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly ttlSeconds: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async login(em: EntityManager, username: string, password: string): Promise<SessionResult> {
    const user = await userRepository.findForLogin(em, normaliseUsername(username));
    const matches = await verifyPassword(password, user?.passwordHash ?? UNMATCHABLE_HASH);
    const now = this.now();
    if (!user || !user.active) {
      await sleep(failureDelayMs(1));
      throw new BadUserInputError(
        [{ field: 'password', message: INVALID_CREDENTIALS }],
        INVALID_CREDENTIALS,
      );
    }
    if (isLocked(user.lockedUntil, now)) {
      throw new BadUserInputError([{ field: 'username', message: LOCKED }], LOCKED);
    }
    if (!matches) {
      const failures = user.failedLogins + 1;
      // Outside the operation's transaction: the failure must stay recorded although the
      // mutation reports an error (and is therefore rolled back).
      const autocommit = em.fork({ keepTransactionContext: false });
      await userRepository.recordLoginFailure(
        autocommit,
        user.id,
        lockUntilAfterFailure(failures, now),
      );
      await sleep(failureDelayMs(failures));
      throw new BadUserInputError(
        [{ field: 'password', message: INVALID_CREDENTIALS }],
        INVALID_CREDENTIALS,
      );
    }
    await userRepository.recordLoginSuccess(em, user.id);
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
