import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Role } from '@sisa/kernel';

/**
 * A person who logs in. Tenant-owned (row-level security) except platform admins, whose
 * `tenantId` is null; authentication reads rows through security-definer functions.
 */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().nullable(),
    username: p.string().length(64).unique(),
    fullName: p.string().length(200),
    /** The user's own codice fiscale (upper case), proposed as CFOperatore in SIUSS transmissions. */
    fiscalCode: p.string().length(16).nullable(),
    passwordHash: p.string().length(300).hidden(),
    roles: p.array().$type<Role[]>(),
    active: p.boolean().default(true),
    failedLogins: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    lastLoginAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version().default(1),
  },
});
export type User = InferEntity<typeof User>;
