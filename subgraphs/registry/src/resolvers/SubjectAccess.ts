import { tenantOf } from '@sisa/kernel';
import type { SubjectAccess } from '../entities/subjectAccess.entity';
import { auditSubjectRead } from '../services/readAudit';
import { subjectLoader } from './loaders';
import type { Resolvers } from '../generated/resolvers';

export const SubjectAccessResolvers: Resolvers = {
  SubjectAccess: {
    async subject(access: SubjectAccess, _args, ctx) {
      const tenantId = tenantOf(ctx, { admin: 'tenant', domain: 'registry' });
      const subject = await subjectLoader(ctx).load(access.subjectId);
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'accessLog');
      return subject;
    },
  },
};
