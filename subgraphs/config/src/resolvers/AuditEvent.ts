import {
  isAllowed,
  requireAccess,
  requirePrincipal,
  pageOf,
  toLimitOffset,
  toOrderBy,
} from '@sisa/kernel';
import type { AuditEvent } from '../entities/auditEvent.entity';
import { auditEventRepository } from '../entities/auditEvent.repository';
import { AUDIT_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

export const AuditEventResolvers: Resolvers = {
  Query: {
    /** A tenant admin reads the tenant's history; a platform admin outside every tenant, the platform's. */
    async auditEvents(_, args, ctx) {
      const principal = requirePrincipal(ctx.principal);
      const platform = !principal.tenantId && isAllowed(principal, { admin: 'platform' });
      const tenantId = platform ? null : requireAccess(principal, { admin: 'tenant' }).tenantId;
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, AUDIT_SORT, { at: 'desc', id: 'desc' });
      const [items, total] = await auditEventRepository.list(
        ctx.em,
        tenantId,
        args.filter ?? {},
        orderBy,
        limit,
        offset,
      );
      return pageOf(args, items, total);
    },
  },

  AuditEvent: {
    id: (event: AuditEvent) => String(event.id),
  },
};
