import type { BenefitCharacter, MeansTest } from './codes';

/**
 * The attributes an import reads, named as in the XSD (the default header row), plus the SINA
 * and SINBA attributes by their own names and `customFields.<key>` for custom fields.
 */
export const IMPORT_ATTRIBUTES: readonly string[] = [
  'CodiceFiscale',
  'Cognome',
  'Nome',
  'AnnoNascita',
  'LuogoNascita',
  'Genere',
  'CodiceCittadinanza',
  'CodiceSecondaCittadinanza',
  'CodiceRegione',
  'CodiceComune',
  'CodiceNazione',
  'PresenzaProvaMezzi',
  'CaratterePrestazione',
  'CodicePrestazione',
  'DenominazionePrestazione',
  'ProtocolloDomanda',
  'DataEvento',
  'DataInizioPrestazione',
  'DataFinePrestazione',
  'DataErogazionePrestazione',
  'ImportoPrestazione',
  'ImportoMensile',
  'PeriodoErogazione',
  'ImportoQuotaEnte',
  'ImportoQuotaUtente',
  'ImportoQuotaSSN',
  'ImportoQuotaRichiesta',
  'ImportoSogliaISEE',
  'OreServizioMensile',
  'PresaCarico',
  'AreaUtenza',
  'NumeroProtocolloDSU',
  'AnnoProtocolloDSU',
  'DataDSU',
];

const BY_LOWER = new Map(IMPORT_ATTRIBUTES.map((a) => [a.toLowerCase(), a]));

/** The attribute a header names (case, spaces and underscores ignored), or undefined. */
export function attributeOfHeader(header: string): string | undefined {
  const key = header.replace(/^\uFEFF/, '').replace(/[\s_]+/g, '').toLowerCase();
  return BY_LOWER.get(key) ?? (key.startsWith('customfields.') ? `customFields.${header.trim().slice('customFields.'.length)}` : undefined);
}

export const MEANS_TEST_BY_CODE: Record<string, MeansTest> = { '1': 'ISEE', '2': 'OTHER', '3': 'ISEE_EXEMPT', '4': 'NONE' };
export const CHARACTER_BY_CODE: Record<string, BenefitCharacter> = { '1': 'PERIODIC', '2': 'OCCASIONAL', P: 'PERIODIC', O: 'OCCASIONAL', PERIODICA: 'PERIODIC', OCCASIONALE: 'OCCASIONAL' };
