import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@sisa/kernel';
import {
  ACCOUNT_LOCK_BASE_SECONDS,
  ACCOUNT_LOCK_MAX_SECONDS,
  ACCOUNT_LOCK_THRESHOLD,
} from '../domain/loginThrottle';
import { User } from './user.entity';

/** A user row as the authentication functions return it (row-level security does not apply). */
export interface LoginRecord {
  id: string;
  tenantId: string | null;
  username: string;
  fullName: string;
  fiscalCode: string | null;
  passwordHash: string;
  roles: Role[];
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

interface LoginRow {
  id: string;
  tenant_id: string | null;
  username: string;
  full_name: string;
  fiscal_code: string | null;
  password_hash: string;
  roles: Role[];
  active: boolean;
  failed_logins: number;
  locked_until: Date | string | null;
  last_login_at: Date | string | null;
}

function toRecord(row: LoginRow): LoginRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    username: row.username,
    fullName: row.full_name,
    fiscalCode: row.fiscal_code ?? null,
    passwordHash: row.password_hash,
    roles: row.roles,
    active: row.active,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at) : null,
  };
}

/**
 * Authentication happens before any tenant is known, so it reads users through
 * security-definer functions that return exactly one user (see the identity migration).
 */
export const userRepository = {
  async findForLogin(em: EntityManager, username: string): Promise<LoginRecord | null> {
    const rows = await em.execute<LoginRow[]>('select * from config.auth_user_by_username(?)', [
      username,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async findForSession(em: EntityManager, userId: string): Promise<LoginRecord | null> {
    const rows = await em.execute<LoginRow[]>('select * from config.auth_user_by_id(?)', [userId]);
    return rows[0] ? toRecord(rows[0]) : null;
  },

  /** A user's own new password (their row may have no tenant, so no policy would reach it). */
  async setPassword(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await em.execute('select config.auth_set_password(?, ?)', [userId, passwordHash]);
  },

  async recordLoginSuccess(em: EntityManager, userId: string): Promise<void> {
    await em.execute('select config.auth_record_login(?, true, null)', [userId]);
  },

  /** One more failure in a row, and the lock it brings, in one statement (parallel-safe). */
  async recordLoginFailure(em: EntityManager, userId: string): Promise<void> {
    await em.execute('select * from config.auth_record_login_failure(?, ?, ?, ?)', [
      userId,
      ACCOUNT_LOCK_THRESHOLD,
      ACCOUNT_LOCK_BASE_SECONDS,
      ACCOUNT_LOCK_MAX_SECONDS,
    ]);
  },

  /** Users of the current tenant (row-level security scopes the query). */
  async list(
    em: EntityManager,
    filter: {
      ids?: string[] | null;
      q?: string | null;
      role?: Role | null;
      active?: boolean | null;
    },
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[User[], number]> {
    const where: Record<string, unknown> = {};
    if (filter.ids) where.id = { $in: filter.ids };
    if (filter.active != null) where.active = filter.active;
    if (filter.role) where.roles = { $contains: [filter.role] };
    if (filter.q) {
      const like = `%${filter.q.trim().replace(/[%_\\]/g, '\\$&')}%`;
      where.$or = [{ username: { $ilike: like } }, { fullName: { $ilike: like } }];
    }
    return em.findAndCount(User, where, { orderBy, limit, offset });
  },
};
