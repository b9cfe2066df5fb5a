import { tenantOf, type ResolverMap } from '@sisa/kernel';
import type { ReiContext } from '../context';
import { applicationsByApplicantLoader } from './loaders';

// The registry owns Subject; rei adds the applications, one query for any number of subjects.
export const SubjectResolvers: ResolverMap<ReiContext> = {
  Subject: {
    reiApplications(subject: { id: string }, _: unknown, ctx: ReiContext) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return applicationsByApplicantLoader(ctx).load(subject.id);
    },
  },
};
