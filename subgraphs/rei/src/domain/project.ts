import type { ProjectBreach } from './sanctions';

/** Where a problem or a resource lies (progettazione REI: nucleo, singolo componente, contesto). */
export type ProjectScope = 'HOUSEHOLD' | 'INDIVIDUAL' | 'ENVIRONMENT';

/** A problem (code from `rei_problem`) or a resource (code from `rei_resource`). */
export interface ScopedItem {
  code: string;
  scope: ProjectScope;
  /** The member concerned, for INDIVIDUAL. */
  subjectId?: string | null;
  note?: string | null;
}

/** A member of the équipe multidisciplinare. */
export interface TeamMember {
  name: string;
  role: string;
  organisation?: string | null;
}

export type GoalArea = 'CIVIC' | 'SOCIAL_INCLUSION' | 'WORK_INCLUSION';

export interface ProjectGoal {
  area: GoalArea;
  description: string;
  expectedResults: string[];
}

/** A line of the project (condition, team activity, network commitment, resource involved). */
export interface ProjectItem {
  description: string;
  /** Who carries it out or provides it (a member, a service, an organisation). */
  who?: string | null;
  subjectId?: string | null;
}

export interface ProjectAction {
  description: string;
  from: string;
  to?: string | null;
  who?: string | null;
}

/** One entry of the communications and reports log (append-only). */
export interface ProjectCommunication {
  id: string;
  kind: 'COMMUNICATION' | 'REPORT';
  on: string;
  direction?: 'INCOMING' | 'OUTGOING' | null;
  counterpart?: string | null;
  subject: string;
  text?: string | null;
  recordedAt: string;
  recordedBy: string;
}

export type { ProjectBreach };
