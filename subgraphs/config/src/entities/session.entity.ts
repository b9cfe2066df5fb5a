import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Role } from '@sisa/kernel';

/**
 * One issued token's session (`sid`): a login, a tenant switch or an API client token. Every
 * service checks it on each request through `auth.session_state(sid)`; revoking it, or changing
 * the user's roles (triggers keep `roles` in step), takes effect on the token already issued.
 * Not tenant-owned: it holds identifiers only, and only the config service writes it.
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary(),
    /** `user` or `client`. */
    subjectKind: p.string().length(8),
    /** The user or API client id. */
    subjectId: p.uuid().index(),
    roles: p.array().$type<Role[]>(),
    /** The support grant a platform admin's session carries in a tenant. */
    supportGrantId: p.uuid().nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Session = InferEntity<typeof Session>;
