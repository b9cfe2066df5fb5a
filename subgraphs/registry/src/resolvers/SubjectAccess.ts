import { tenantOf, type ResolverMap } from '@sisa/kernel';
import type { SubjectAccess } from '../entities/subjectAccess.entity';
import { auditSubjectRead } from '../services/readAudit';
import type { RegistryContext } from '../context';
import { subjectLoader } from './loaders';

export const SubjectAccessResolvers: ResolverMap<RegistryContext> = {
  SubjectAccess: {
    async subject(access: SubjectAccess, _args: unknown, ctx: RegistryContext) {
      const tenantId = tenantOf(ctx, { admin: 'tenant', domain: 'registry' });
      const subject = await subjectLoader(ctx).load(access.subjectId);
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'accessLog');
      return subject;
    },
  },
};
