import type { ReadAuditSettings } from '@sisa/kernel';

/**
 * What the rei subgraph's read audit records: the REI applications an operation returns (a
 * project, an intervention granted, counts as its application), and which of these fields it
 * selected. All of REI is data on poverty; these are the parts that say most about a person:
 * - `ReiApplication.iseeUsed`, `ReiApplication.benefit`, `ReiApplication.checks`: the household's
 *   economic situation (ISEE, ISR, assets) and how it meets the requirements;
 * - `ReiApplication.declarations`: pregnancy, disability with a carer, unemployment, permits,
 *   other benefits received;
 * - `ReiApplication.project` and the project's `problems`, `resources`, assessments, `goals`,
 *   `conditions`, `breaches`, `sanctions`, `communications`: the social-work case file;
 * - `ReiApplication.customFields`, `ReiProject.customFields`: the comune's own fields.
 */
export const REI_READ_AUDIT: ReadAuditSettings = {
  types: ['ReiApplication'],
  specialCategoryFields: [
    'ReiApplication.iseeUsed',
    'ReiApplication.benefit',
    'ReiApplication.checks',
    'ReiApplication.declarations',
    'ReiApplication.project',
    'ReiApplication.customFields',
    'ReiProject.problems',
    'ReiProject.resources',
    'ReiProject.preliminaryAssessmentOutcome',
    'ReiProject.inDepthAssessmentNotes',
    'ReiProject.goals',
    'ReiProject.conditions',
    'ReiProject.breaches',
    'ReiProject.sanctions',
    'ReiProject.communications',
    'ReiProject.customFields',
  ],
};
