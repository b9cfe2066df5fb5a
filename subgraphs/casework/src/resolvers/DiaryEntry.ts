import { auditedAs } from '@sisa/kernel';
import { canReadDiaryEntry } from '../domain/caseAccess';
import type { DiaryEntry } from '../entities/diaryEntry.entity';
import { diaryEntryLoader } from '../services/caseReads';
import { caseLoader } from '../services/caseAccess';
import { caseworkCaller } from '../services/caller';
import type { Resolvers } from '../generated/resolvers';

/** A diary entry: reading one is reading its case's content, noted in the read audit as the case. */
export const DiaryEntryResolvers: Resolvers = {
  DiaryEntry: {
    __isTypeOf: auditedAs<DiaryEntry>('SocialCase', (e) => e.caseId),
    author: (entry) => ({ __typename: 'User', id: entry.authorId }),
    /** The amended entry (signed, of the same case), when its reader may read it. */
    async amends(entry, _args, ctx) {
      if (!entry.amendsId) return null;
      const found = await diaryEntryLoader(ctx).load(entry.amendsId);
      const amended = found?.caseId === entry.caseId ? found : null;
      const socialCase = await caseLoader(ctx).load(entry.caseId);
      if (!amended || !socialCase) return null;
      const visible = canReadDiaryEntry(
        caseworkCaller(ctx).caller,
        {
          authorId: amended.authorId,
          confidentiality: amended.confidentiality,
          signedAt: amended.signedAt?.toISOString() ?? null,
        },
        socialCase.responsibleId,
      );
      return visible ? amended : null;
    },
  },
};
