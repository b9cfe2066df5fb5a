import type { ReiDeclarations } from '../domain/declarations';
import type { ReiStatus } from '../domain/statuses';

/** A historical ISEE the checks saw (the registry keeps this year's: applications are older). */
export interface ScenarioIsee {
  isee: string;
  isr: string;
  realEstate: string;
  movable: string;
  kind?: 'ORDINARY' | 'CURRENT';
}

/**
 * One demo application: which of the registry's demo households (by its index in the
 * registry seed's `demoFamilies`), how many days ago it was submitted, the ISEE the checks
 * saw (null: the registry's own), the declarations, and where the story ends.
 */
export interface Scenario {
  family: number;
  daysAgo: number;
  isee: ScenarioIsee | null;
  declarations: ReiDeclarations;
  status: ReiStatus;
  /** For REJECTED, SUSPENDED, REVOKED: what INPS or the caseworker wrote. */
  note?: string;
  /** Add a personalised project (assessment, goals, interventions, breaches). */
  project?: 'ECONOMIC' | 'BREACHES' | 'PLAIN';
}

const DECLARED: ReiDeclarations = {
  residentInItalySince: '2005-03-01',
  recentVehicle: false,
  boats: false,
  unemploymentBenefits: false,
};

/** Every status of docs/domain/REI.md, in both demo tenants. */
export const SCENARIOS: Scenario[] = [
  {
    family: 1,
    daysAgo: 120,
    isee: { isee: '1900.00', isr: '1200.00', realEstate: '0.00', movable: '900.00' },
    declarations: DECLARED,
    status: 'ACCEPTED',
    project: 'ECONOMIC',
  },
  { family: 0, daysAgo: 20, isee: null, declarations: DECLARED, status: 'CHECKS_FAILED' },
  {
    family: 3,
    daysAgo: 200,
    isee: { isee: '1500.00', isr: '1500.00', realEstate: '0.00', movable: '1200.00' },
    declarations: DECLARED,
    status: 'SUSPENDED',
    note: 'ISEE scaduto: sospeso fino alla nuova DSU',
    project: 'PLAIN',
  },
  {
    family: 4,
    daysAgo: 12,
    isee: { isee: '1800.00', isr: '2000.00', realEstate: '0.00', movable: '3400.00' },
    declarations: { ...DECLARED, permit: 'LONG_TERM_RESIDENT' },
    status: 'SENT_TO_INPS',
  },
  {
    family: 5,
    daysAgo: 3,
    isee: { isee: '3100.00', isr: '2600.00', realEstate: '0.00', movable: '4100.00' },
    declarations: { recentVehicle: false, boats: false },
    status: 'DRAFT',
  },
  {
    family: 6,
    daysAgo: 60,
    isee: { isee: '900.00', isr: '500.00', realEstate: '0.00', movable: '700.00' },
    declarations: DECLARED,
    status: 'REJECTED',
    note: 'Dalle banche dati INPS risulta la NASpI in corso',
  },
  {
    family: 9,
    daysAgo: 6,
    isee: {
      isee: '2600.00',
      isr: '2500.00',
      realEstate: '0.00',
      movable: '2500.00',
      kind: 'CURRENT',
    },
    declarations: DECLARED,
    status: 'CHECKS_PASSED',
  },
  { family: 10, daysAgo: 1, isee: null, declarations: {}, status: 'DRAFT' },
  {
    family: 8,
    daysAgo: 330,
    isee: { isee: '2200.00', isr: '1000.00', realEstate: '0.00', movable: '4000.00' },
    declarations: DECLARED,
    status: 'REVOKED',
    note: 'Terza assenza non giustificata agli appuntamenti del progetto',
    project: 'BREACHES',
  },
  {
    family: 7,
    daysAgo: 620,
    isee: { isee: '2900.00', isr: '3000.00', realEstate: '0.00', movable: '6000.00' },
    declarations: DECLARED,
    status: 'ENDED',
    project: 'PLAIN',
  },
  { family: 11, daysAgo: 40, isee: null, declarations: DECLARED, status: 'CHECKS_FAILED' },
];
