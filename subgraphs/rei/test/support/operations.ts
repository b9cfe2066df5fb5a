/** The REI operations as the console and third parties send them. */
export const APPLICATION_FIELDS = `id protocolNumber status version submittedAt accessPoint applicantFiscalCode applicantName rulesVersion
  firstMonth lastMonth monthlyAmount sendable overdue sentToInpsOn inpsOutcomeOn endedOn renewalNumber customFields
  applicant { id } household { id }
  declarations { residentInItalySince permit boats unemploymentBenefits recentVehicle siaMonthsReceived otherBenefits { description amount kind months paidMonth meansTested } }
  checks { code label outcome automatic detail checkedBy note }
  benefit { rulesVersion householdSize equivalenceScale annualThreshold annualCap isr annualAmount maximumMonthlyAmount otherBenefitsMonthly monthlyAmount capApplied explanation schedule { month rulesVersion monthlyAmount } }
  iseeUsed { dsuProtocol dsuDate dsuYear isee isr householdSize }
  deadlines { overdue nextDue sendToInps { code dueDate metOn state overdue rule } inpsAnswer { dueDate state } preliminaryAssessment { dueDate state } projectSignature { dueDate state } }
  events { action from to by note at }
  manualTransitions`;

export const OPS = {
  create: `mutation C($i: ReiApplicationInput!) { createReiApplication(input: $i) { ${APPLICATION_FIELDS} } }`,
  update: `mutation U($id: ID!, $i: ReiApplicationUpdateInput!, $v: Int!) { updateReiApplication(id: $id, input: $i, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
  get: `query G($id: ID!) { reiApplication(id: $id) { ${APPLICATION_FIELDS} } }`,
  list: `query L($f: ReiApplicationFilter, $p: Int, $pp: Int, $s: ReiApplicationSort) { reiApplications(filter: $f, page: $p, perPage: $pp, sort: $s) { total items { id protocolNumber status overdue submittedAt } } }`,
  runChecks: `mutation R($id: ID!, $v: Int) { runMunicipalChecks(id: $id, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
  recordCheck: `mutation R($id: ID!, $c: String!, $o: CheckOutcome!, $n: String) { recordCheck(id: $id, code: $c, outcome: $o, note: $n) { ${APPLICATION_FIELDS} } }`,
  send: `mutation S($ids: [ID!]!) { sendToInps(ids: $ids) { id fileName sizeBytes sha256 applicationCount url createdBy applications { id protocolNumber status } } }`,
  outcome: `mutation O($id: ID!, $i: InpsOutcomeInput!) { recordInpsOutcome(id: $id, input: $i) { ${APPLICATION_FIELDS} } }`,
  transition: `mutation T($id: ID!, $to: ReiStatus!, $n: String, $v: Int) { transitionReiApplication(id: $id, to: $to, note: $n, expectedVersion: $v) { ${APPLICATION_FIELDS} } }`,
  simulate: `query S($i: ReiSimulationInput!) { reiBenefitSimulation(input: $i) { rulesVersion monthlyAmount maximumMonthlyAmount otherBenefitsMonthly annualCap explanation } }`,
};
