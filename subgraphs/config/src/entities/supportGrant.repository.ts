import type { EntityManager } from '@mikro-orm/postgresql';
import { asPlatform } from '@sisa/kernel';

/** The support grant in force for a platform admin in a tenant, as a tenant switch needs it. */
export interface ActiveSupportGrant {
  id: string;
  validUntil: Date;
}

export const supportGrantRepository = {
  /**
   * The grant that lets `granteeId` act in `tenantId` now (the one lasting longest), read inside
   * that tenant although the platform admin's transaction is bound to none.
   */
  activeFor(
    em: EntityManager,
    tenantId: string,
    granteeId: string,
  ): Promise<ActiveSupportGrant | null> {
    return asPlatform(em, tenantId, async () => {
      const rows = await em.execute<{ id: string; valid_until: Date | string }[]>(
        `select id, valid_until from config.support_grant
          where tenant_id = ? and grantee_id = ? and revoked_at is null
            and valid_from <= now() and valid_until > now()
          order by valid_until desc limit 1`,
        [tenantId, granteeId],
      );
      const row = rows[0];
      return row ? { id: row.id, validUntil: new Date(row.valid_until) } : null;
    });
  },
};
