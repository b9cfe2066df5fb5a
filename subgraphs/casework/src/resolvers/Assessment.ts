import { auditedAs } from '@sisa/kernel';
import type { Assessment } from '../entities/assessment.entity';
import type { Resolvers } from '../generated/resolvers';

/** An assessment: reading one is reading its case's content, noted in the read audit as the case. */
export const AssessmentResolvers: Resolvers = {
  Assessment: {
    __isTypeOf: auditedAs<Assessment>('SocialCase', (a) => a.caseId),
    form: (a) => ({ __typename: 'AssessmentForm', key: a.formKey, version: a.formVersion }),
    score: (a) => String(a.score),
    assessor: (a) => ({ __typename: 'User', id: a.assessorId }),
  },
};
