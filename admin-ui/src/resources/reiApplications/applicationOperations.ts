import { APPLICATION_DETAIL_FIELDS as F } from '../../dataProvider/reiOperations';

// The REI operations on one application that are not react-admin methods. Each answers the whole
// application (the detail selection), so the show page updates from the answer.

export const RUN_CHECKS = `mutation consoleRunMunicipalChecks($id: ID!, $expectedVersion: Int) {
  application: runMunicipalChecks(id: $id, expectedVersion: $expectedVersion) { ${F} }
}`;

export const RECORD_CHECK = `mutation consoleRecordCheck($id: ID!, $code: String!, $outcome: CheckOutcome!, $note: String, $expectedVersion: Int) {
  application: recordCheck(id: $id, code: $code, outcome: $outcome, note: $note, expectedVersion: $expectedVersion) { ${F} }
}`;

export const RECORD_INPS_OUTCOME = `mutation consoleRecordInpsOutcome($id: ID!, $input: InpsOutcomeInput!, $expectedVersion: Int) {
  application: recordInpsOutcome(id: $id, input: $input, expectedVersion: $expectedVersion) { ${F} }
}`;

export const TRANSITION = `mutation consoleTransitionReiApplication($id: ID!, $to: ReiStatus!, $note: String, $expectedVersion: Int) {
  application: transitionReiApplication(id: $id, to: $to, note: $note, expectedVersion: $expectedVersion) { ${F} }
}`;

/** The export file for INPS; the applications move to SENT_TO_INPS. */
export const SEND_TO_INPS = `mutation consoleSendToInps($ids: [ID!]!) {
  export: sendToInps(ids: $ids) { id fileName url sizeBytes applicationCount applications { id } }
}`;

export interface InpsExportFile {
  id: string;
  fileName: string;
  url: string;
  sizeBytes: number;
  applicationCount: number;
  applications: { id: string }[];
}
