// The benefit calculator's queries (`reiBenefitSimulation`, the same rules as applications).

const COMPUTATION = `rulesVersion householdSize equivalenceScale annualThreshold annualCap isr annualAmount
  maximumMonthlyAmount otherBenefitsMonthly monthlyAmount capApplied explanation`;

export const SIMULATION = `query consoleReiBenefitSimulation($input: ReiSimulationInput!) {
  simulation: reiBenefitSimulation(input: $input) { ${COMPUTATION} }
}`;

/** The published maximums: ISR 0 and no other benefit, for 1 to 6 members, in one request. */
export const MAXIMUM_SIZES = [1, 2, 3, 4, 5, 6] as const;
export const MAXIMUMS = `query consoleReiMaximums($date: Date) {
  ${MAXIMUM_SIZES.map(
    (size) =>
      `m${size}: reiBenefitSimulation(input: { householdSize: ${size}, isr: "0", date: $date }) { rulesVersion monthlyAmount }`,
  ).join('\n  ')}
}`;
