/** The parts of an ISEE attestation that decide which one applies on a date. */
export interface DatedAttestation {
  dsuDate: string;
  validUntil: string;
  /** When it was recorded: breaks ties between attestations with the same DSU date. */
  recordedAt: Date;
}

/** True when the attestation applies on `date`: its DSU was signed by then and it has not expired. */
export function isValidOn(attestation: DatedAttestation, date: string): boolean {
  return attestation.dsuDate <= date && date <= attestation.validUntil;
}

/** Newest first: latest DSU date, then latest recorded (the order of `iseeHistory`). */
export function byNewestDsu(a: DatedAttestation, b: DatedAttestation): number {
  if (a.dsuDate !== b.dsuDate) return a.dsuDate < b.dsuDate ? 1 : -1;
  return b.recordedAt.getTime() - a.recordedAt.getTime();
}

/**
 * The household's ISEE on `date`: among the attestations valid that day, the one with the latest
 * DSU date (the most recent declaration supersedes the earlier ones, whatever their kind); null
 * when none is valid. The indicator catalogue's SQL follows the same rule.
 */
export function currentIsee<T extends DatedAttestation>(
  attestations: readonly T[],
  date: string,
): T | null {
  return [...attestations].filter((a) => isValidOn(a, date)).sort(byNewestDsu)[0] ?? null;
}
