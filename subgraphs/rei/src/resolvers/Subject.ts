import { tenantOf } from '@sisa/kernel';
import { applicationsByApplicantLoader } from './loaders';
import type { Resolvers } from '../generated/resolvers';

// The registry owns Subject; rei adds the applications, one query for any number of subjects.
export const SubjectResolvers: Resolvers = {
  Subject: {
    reiApplications(subject: { id: string }, _, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return applicationsByApplicantLoader(ctx).load(subject.id);
    },
  },
};
