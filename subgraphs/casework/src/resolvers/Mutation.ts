import {
  createReferral,
  linkReferralSubject,
  startReferralTriage,
  triageReferral,
} from '../services/referralWrites';
import { recordAssessment, signAssessment, updateAssessment } from '../services/assessmentWrites';
import { saveCaseItem } from '../services/caseItemWrites';
import {
  changeCaseStatus,
  closeSocialCase,
  openSocialCase,
  setCaseTeam,
  updateSocialCase,
} from '../services/caseWrites';
import {
  amendDiaryEntry,
  signDiaryEntry,
  updateDiaryEntry,
  writeDiaryEntry,
} from '../services/diaryWrites';
import type { Resolvers } from '../generated/resolvers';

export const MutationResolvers: Resolvers = {
  Mutation: {
    createReferral: (_, { input }, ctx) => createReferral(ctx, input),
    linkReferralSubject: (_, { id, subjectId }, ctx) => linkReferralSubject(ctx, id, subjectId),
    startReferralTriage: (_, { id }, ctx) => startReferralTriage(ctx, id),
    triageReferral: (_, { id, decision, note, caseId }, ctx) =>
      triageReferral(ctx, id, decision, note, caseId),
    openSocialCase: (_, { input }, ctx) => openSocialCase(ctx, input),
    updateSocialCase: (_, { id, input, expectedVersion }, ctx) =>
      updateSocialCase(ctx, id, input, expectedVersion),
    setCaseTeam: (_, { id, members, expectedVersion }, ctx) =>
      setCaseTeam(ctx, id, members, expectedVersion),
    suspendSocialCase: (_, { id, expectedVersion }, ctx) =>
      changeCaseStatus(ctx, id, 'SUSPENDED', expectedVersion),
    reopenSocialCase: (_, { id, expectedVersion }, ctx) =>
      changeCaseStatus(ctx, id, 'OPEN', expectedVersion),
    closeSocialCase: (_, { id, closedAt, reason, expectedVersion }, ctx) =>
      closeSocialCase(ctx, id, closedAt, reason, expectedVersion),
    saveCaseProblem: (_, { caseId, input }, ctx) => saveCaseItem(ctx, caseId, 'PROBLEM', input),
    saveCaseResource: (_, { caseId, input }, ctx) => saveCaseItem(ctx, caseId, 'RESOURCE', input),
    writeDiaryEntry: (_, { caseId, input }, ctx) => writeDiaryEntry(ctx, caseId, input),
    updateDiaryEntry: (_, { id, input }, ctx) => updateDiaryEntry(ctx, id, input),
    signDiaryEntry: (_, { id }, ctx) => signDiaryEntry(ctx, id),
    amendDiaryEntry: (_, { id, input }, ctx) => amendDiaryEntry(ctx, id, input),
    recordAssessment: (_, { caseId, formKey, answers, assessedAt }, ctx) =>
      recordAssessment(ctx, caseId, formKey, answers, assessedAt),
    signAssessment: (_, { id }, ctx) => signAssessment(ctx, id),
    updateAssessment: (_, { id, answers, assessedAt }, ctx) =>
      updateAssessment(ctx, id, answers, assessedAt),
  },
};
