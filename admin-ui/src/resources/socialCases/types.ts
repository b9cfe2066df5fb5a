import type {
  DiaryEntryRowFragment,
  SocialCaseDetailFragment,
  SocialCaseRowFragment,
} from '../../generated/graphql';
import { readSession } from '../../auth/session';

/** A case as the list shows it. */
export type SocialCaseRow = SocialCaseRowFragment;
/** A case as its page shows it. */
export type SocialCaseRecord = SocialCaseDetailFragment;
/** An entry of the diary. */
export type DiaryEntry = DiaryEntryRowFragment;

export const CASE_STATUSES = ['OPEN', 'SUSPENDED', 'CLOSED'] as const;

/** The person of the case: "Cognome Nome". */
export function subjectName(socialCase: Pick<SocialCaseRow, 'subject'>): string {
  const { subject } = socialCase;
  return subject.lastName ? `${subject.lastName} ${subject.firstName}` : '';
}

/** Who directs the case (the server's rule): its responsible, or a service supervisor. */
export function directsCase(socialCase: Pick<SocialCaseRow, 'responsible' | 'access'>): boolean {
  const user = readSession()?.user;
  if (!user || socialCase.access === 'EXISTENCE') return false;
  return user.id === socialCase.responsible.id || user.roles.includes('CASE_SUPERVISOR');
}

/** This tab's user id. */
export const currentUserId = (): string | undefined => readSession()?.user.id;
