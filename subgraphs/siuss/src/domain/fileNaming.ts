import type { Flow } from './codes';

const FLOW_TAG: Record<Flow, string> = { PS_PSA_SINA: 'PS', SINBA: 'SINBA' };

/**
 * `IdentificazioneFlusso@Nome` and file name (without `.xml`):
 * `<Belfiore>.PS.<YYYYMMDD>.<7-digit progressive of the day>` (SINBA: `.SINBA.`).
 */
export function flowFileName(
  belfioreCode: string,
  flow: Flow,
  day: string,
  progressive: number,
): string {
  if (!/^[A-Z]\d{3}$/.test(belfioreCode))
    throw new RangeError(`Codice catastale dell'ente non valido: ${belfioreCode}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Data non valida: ${day}`);
  if (!Number.isInteger(progressive) || progressive < 1 || progressive > 9_999_999)
    throw new RangeError(`Progressivo giornaliero fuori intervallo: ${progressive}`);
  return `${belfioreCode}.${FLOW_TAG[flow]}.${day.replace(/-/g, '')}.${String(progressive).padStart(7, '0')}`;
}

/** True for a name this module writes (used to refuse anything else in download URLs). */
export function isFlowFileName(name: string): boolean {
  return /^[A-Z]\d{3}\.(PS|SINBA)\.\d{8}\.\d{7}\.xml$/.test(name);
}
