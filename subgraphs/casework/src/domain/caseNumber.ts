/**
 * A social case's number: "CS/<year>/<six digits>", counted per tenant and year from 1 (the
 * contract's "CS/2026/000123"). The year is the year the case was opened.
 */
const PATTERN = /^CS\/(\d{4})\/(\d{6,})$/;

export function formatCaseNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    throw new RangeError(`anno non valido: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`progressivo non valido: ${sequence}`);
  return `CS/${year}/${String(sequence).padStart(6, '0')}`;
}

/** The year and sequence of a number, or null when it is not one. */
export function parseCaseNumber(number: string): { year: number; sequence: number } | null {
  const match = PATTERN.exec(number.trim().toUpperCase());
  if (!match) return null;
  const sequence = Number(match[2]);
  return sequence >= 1 ? { year: Number(match[1]), sequence } : null;
}
