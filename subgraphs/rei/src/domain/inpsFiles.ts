import { csvField, parseItalianDate } from '@sisa/italia';

/**
 * The files exchanged with INPS. The research found no published layout for the comune → INPS
 * transmission (applications went through the INPS «Servizio REI»), so the export is a CSV an
 * operator can upload or key in: semicolon-separated (what Italian spreadsheets open), UTF-8 with
 * a header row, ISO dates and dot decimals, one application per line in chronological order of
 * submission (INPS msg. 4811/2017). Outcomes come back in a CSV with the columns below.
 */
export const EXPORT_COLUMNS = [
  'protocollo',
  'data_presentazione',
  'codice_fiscale_richiedente',
  'cognome_nome_richiedente',
  'punto_accesso',
  'componenti_nucleo',
  'protocollo_dsu',
  'data_dsu',
  'isee',
  'isr',
  'regole',
  'importo_mensile_stimato',
  'primo_mese',
  'ultimo_mese',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null | undefined>;

/**
 * One CSV line (with its line break) of the export. Text that a spreadsheet could run as a
 * formula (a name such as `=HYPERLINK(…)`) is neutralised; amounts are plain numbers and stay.
 */
export function exportLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map((v) => csvField(v)).join(';')}\r\n`;
}

export const EXPORT_HEADER = exportLine(EXPORT_COLUMNS);

/** The columns an INPS outcome file must have, and the optional ones. */
export const OUTCOME_COLUMNS = {
  required: ['protocollo', 'esito', 'data_esito'],
  optional: ['codice_fiscale', 'riferimento', 'note'],
} as const;

const ACCEPTED_WORDS = new Set([
  'ACCOLTA',
  'ACCOLTO',
  'ACCETTATA',
  'ACCEPTED',
  'POSITIVO',
  'POSITIVA',
  'S',
  'SI',
  'SÌ',
]);
const REJECTED_WORDS = new Set([
  'RESPINTA',
  'RESPINTO',
  'RIGETTATA',
  'REJECTED',
  'NEGATIVO',
  'NEGATIVA',
  'N',
  'NO',
]);

export interface OutcomeRow {
  protocolNumber: string;
  outcome: 'ACCEPTED' | 'REJECTED';
  decidedOn: string;
  fiscalCode: string | null;
  reference: string | null;
  note: string | null;
}

/** Reads one row of an outcome file (keys already lower-cased), or says what is wrong with it. */
export function readOutcomeRow(
  record: Record<string, string | undefined>,
): OutcomeRow | { error: string } {
  const value = (key: string) => record[key]?.trim() || null;
  const protocolNumber = value('protocollo');
  if (!protocolNumber) return { error: 'Protocollo mancante' };
  const word = value('esito')?.toUpperCase() ?? '';
  const outcome = ACCEPTED_WORDS.has(word)
    ? 'ACCEPTED'
    : REJECTED_WORDS.has(word)
      ? 'REJECTED'
      : null;
  if (!outcome)
    return { error: `Esito «${value('esito') ?? ''}» non riconosciuto: usare ACCOLTA o RESPINTA` };
  const decidedOn = parseItalianDate(value('data_esito') ?? '');
  if (!decidedOn)
    return { error: `Data dell\u2019esito «${value('data_esito') ?? ''}» non valida` };
  return {
    protocolNumber,
    outcome,
    decidedOn,
    fiscalCode: value('codice_fiscale')?.toUpperCase() ?? null,
    reference: value('riferimento'),
    note: value('note'),
  };
}
