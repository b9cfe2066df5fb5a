import type { BenefitCharacter, MeansTest } from './codes';

/**
 * A row with every attribute an import reads, all undefined: the shape of every imported row.
 * Written as one literal, its properties live inside the object: a row built by adding 30
 * attributes one by one would turn into a dictionary (V8), slow to fill and to read a million
 * times. The attributes are named as in the XSD (the default header row).
 */
export function blankImportRow(): Record<string, string | undefined> {
  return {
    CodiceFiscale: undefined,
    Cognome: undefined,
    Nome: undefined,
    AnnoNascita: undefined,
    LuogoNascita: undefined,
    Genere: undefined,
    CodiceCittadinanza: undefined,
    CodiceSecondaCittadinanza: undefined,
    CodiceRegione: undefined,
    CodiceComune: undefined,
    CodiceNazione: undefined,
    PresenzaProvaMezzi: undefined,
    CaratterePrestazione: undefined,
    CodicePrestazione: undefined,
    DenominazionePrestazione: undefined,
    ProtocolloDomanda: undefined,
    DataEvento: undefined,
    DataInizioPrestazione: undefined,
    DataFinePrestazione: undefined,
    DataErogazionePrestazione: undefined,
    ImportoPrestazione: undefined,
    ImportoMensile: undefined,
    PeriodoErogazione: undefined,
    ImportoQuotaEnte: undefined,
    ImportoQuotaUtente: undefined,
    ImportoQuotaSSN: undefined,
    ImportoQuotaRichiesta: undefined,
    ImportoSogliaISEE: undefined,
    OreServizioMensile: undefined,
    PresaCarico: undefined,
    AreaUtenza: undefined,
    NumeroProtocolloDSU: undefined,
    AnnoProtocolloDSU: undefined,
    DataDSU: undefined,
  };
}

/**
 * The attributes an import reads (those of `blankImportRow`), plus the SINA and SINBA attributes
 * by their own names and `customFields.<key>` for custom fields.
 */
export const IMPORT_ATTRIBUTES: readonly string[] = Object.keys(blankImportRow());

const BY_LOWER = new Map(IMPORT_ATTRIBUTES.map((a) => [a.toLowerCase(), a]));

/** The attribute a header names (case, spaces and underscores ignored), or undefined. */
export function attributeOfHeader(header: string): string | undefined {
  const key = header
    .replace(/^\uFEFF/, '')
    .replace(/[\s_]+/g, '')
    .toLowerCase();
  return (
    BY_LOWER.get(key) ??
    (key.startsWith('customfields.')
      ? `customFields.${header.trim().slice('customFields.'.length)}`
      : undefined)
  );
}

export const MEANS_TEST_BY_CODE: Record<string, MeansTest> = {
  '1': 'ISEE',
  '2': 'OTHER',
  '3': 'ISEE_EXEMPT',
  '4': 'NONE',
};
export const CHARACTER_BY_CODE: Record<string, BenefitCharacter> = {
  '1': 'PERIODIC',
  '2': 'OCCASIONAL',
  P: 'PERIODIC',
  O: 'OCCASIONAL',
  PERIODICA: 'PERIODIC',
  OCCASIONALE: 'OCCASIONAL',
};
