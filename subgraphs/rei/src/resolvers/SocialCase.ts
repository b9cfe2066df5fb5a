import { tenantOf } from '@sisa/kernel';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { applicationsByApplicantLoader, applicationsBySocialCaseLoader } from './loaders';
import type { Resolvers } from '../generated/resolvers';

const newestFirst = (a: ReiApplication, b: ReiApplication) =>
  b.submittedAt.localeCompare(a.submittedAt) || b.id.localeCompare(a.id);

// Casework owns SocialCase; rei adds the applications of its person and those signed on it.
export const SocialCaseResolvers: Resolvers = {
  SocialCase: {
    async reiApplications(socialCase, _, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      const [ofPerson, signedOnCase] = await Promise.all([
        socialCase.subject
          ? applicationsByApplicantLoader(ctx).load(socialCase.subject.id)
          : Promise.resolve([]),
        applicationsBySocialCaseLoader(ctx).load(socialCase.id),
      ]);
      const byId = new Map<string, ReiApplication>();
      for (const application of [...(ofPerson ?? []), ...(signedOnCase ?? [])])
        byId.set(application.id, application);
      return [...byId.values()].sort(newestFirst);
    },
  },
};
