/** The most records a file may hold (the INPS portal takes files of a few hundred MB). */
export const MAX_RECORDS_PER_FILE = 100_000;

/** What is wrong with a number of records per file, in Italian, or null. */
export function recordsPerFileProblem(value: number): string | null {
  return Number.isInteger(value) && value >= 1 && value <= MAX_RECORDS_PER_FILE
    ? null
    : `Da 1 a ${MAX_RECORDS_PER_FILE} record per file`;
}
