import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A tenant admin's permission for one platform admin to read and change the tenant's personal
 * records, for a limited time and a stated reason. Tenant-owned: listed to the tenant, audited.
 */
export const SupportGrant = defineEntity({
  name: 'SupportGrant',
  tableName: 'support_grant',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    /** The platform admin (a user outside any tenant) who may act. */
    granteeId: p.uuid(),
    granteeUsername: p.string().length(64),
    grantedBy: p.string().length(64),
    reason: p.string().length(500),
    validFrom: p.datetime(),
    validUntil: p.datetime(),
    createdAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    revokedBy: p.string().length(64).nullable(),
  },
  indexes: [{ properties: ['tenantId', 'granteeId'] }],
});
export type SupportGrant = InferEntity<typeof SupportGrant>;
