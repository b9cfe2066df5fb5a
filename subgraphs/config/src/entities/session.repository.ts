import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@sisa/kernel';

export interface NewSession {
  subjectKind: 'user' | 'client';
  subjectId: string;
  roles: Role[];
  expiresAt: Date;
  supportGrantId?: string | null;
}

/** Sessions are written with plain SQL: they are on the path of every login and token request. */
export const sessionRepository = {
  /** Records a new session and returns its id (the token's `sid`). */
  async open(em: EntityManager, session: NewSession): Promise<string> {
    const id = randomUUID();
    // The subject's sessions that ended long ago go at the same time, so the table stays small.
    await em.execute(
      `with purged as (delete from config.session where subject_id = ? and expires_at < now() - interval '1 day')
       insert into config.session (id, subject_kind, subject_id, roles, support_grant_id, created_at, expires_at)
       values (?, ?, ?, ?::text[], ?, now(), ?)`,
      [
        session.subjectId,
        id,
        session.subjectKind,
        session.subjectId,
        // A PostgreSQL array literal: knex would spread a JS array into a list of values.
        `{${session.roles.join(',')}}`,
        session.supportGrantId ?? null,
        session.expiresAt,
      ],
    );
    return id;
  },

  /** Ends one session (logout); every service hears of it through the table's trigger. */
  async revoke(em: EntityManager, sessionId: string): Promise<boolean> {
    const rows = await em.execute<{ id: string }[]>(
      'update config.session set revoked_at = now() where id = ? and revoked_at is null returning id',
      [sessionId],
    );
    return rows.length > 0;
  },
};
