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

/**
 * What a person needs to know of one column of an import file: the same catalogue feeds the
 * messages of rejected rows, the API (`siussImportColumns`), the templates and the console's help.
 */
export interface ImportColumnSpec {
  /** The XSD attribute, also the column's name in the standard header row. */
  attribute: string;
  /** The record's field (GraphQL path) the column fills. */
  field: string;
  /** A short Italian name. */
  label: string;
  /** What it is, in Italian. */
  description: string;
  /** How to write it. */
  format: string;
  /** A realistic value, written as a person would in the file. */
  example: string;
  /** Whether a row without it is rejected. */
  required: boolean;
  /** Whether the example goes in the template's sample row (a periodic benefit with ISEE). */
  inSample: boolean;
}

const DATE = 'data gg/mm/aaaa (anche aaaa-mm-gg)';
const AMOUNT_FORMAT =
  'importo in euro con la virgola per i decimali, al massimo due decimali (1.234,56 o 1234,56)';

type Spec = [
  attribute: string,
  field: string,
  label: string,
  description: string,
  format: string,
  example: string,
  required?: boolean,
  inSample?: boolean,
];

// prettier-ignore
const SPECS: Spec[] = [
  ['CodiceFiscale', 'fiscalCode', 'Codice fiscale', 'Codice fiscale del beneficiario.', '16 caratteri, maiuscole o minuscole', 'RSSMRA80A01F205X', true],
  ['Cognome', 'lastName', 'Cognome', 'Cognome del beneficiario.', 'testo, da 1 a 36 caratteri', 'Rossi'],
  ['Nome', 'firstName', 'Nome', 'Nome del beneficiario.', 'testo, da 1 a 36 caratteri', 'Mario'],
  ['AnnoNascita', 'birthYear', 'Anno di nascita', 'Anno di nascita del beneficiario.', 'anno di 4 cifre', '1980'],
  ['LuogoNascita', 'birthPlaceCode', 'Luogo di nascita', 'Comune (codice catastale) o Stato estero (codice Z) di nascita.', 'codice di 4 caratteri', 'F205'],
  ['Genere', 'sex', 'Genere', 'Genere del beneficiario.', 'M o F (anche 1 maschio, 2 femmina)', 'M'],
  ['CodiceCittadinanza', 'citizenshipCode', 'Cittadinanza', 'Stato di cittadinanza.', 'codice ISO numerico di 3 cifre (380 Italia), anche sigla o nome dello Stato', '380'],
  ['CodiceSecondaCittadinanza', 'secondCitizenshipCode', 'Seconda cittadinanza', 'Seconda cittadinanza, se c’è.', 'codice ISO numerico di 3 cifre', '', false, false],
  ['CodiceRegione', 'residence.regionCode', 'Regione di residenza', 'Regione di residenza (obbligatoria se residente in Italia).', 'codice ISTAT di 2 cifre', '03'],
  ['CodiceComune', 'residence.municipalityCode', 'Comune di residenza', 'Comune di residenza (obbligatorio se residente in Italia).', 'codice ISTAT di 6 cifre', '015146'],
  ['CodiceNazione', 'residence.countryCode', 'Stato di residenza', 'Stato di residenza (380 se vuoto).', 'codice ISO numerico di 3 cifre (380 Italia)', '380'],
  ['PresenzaProvaMezzi', 'meansTest', 'Prova dei mezzi', 'Se la prestazione dipende da una prova dei mezzi.', '1 ISEE, 2 altra prova dei mezzi, 3 ISEE ma esentato, 4 nessuna', '1', true],
  ['CaratterePrestazione', 'character', 'Carattere della prestazione', 'Periodica (importo mensile) od occasionale (una tantum).', '1 periodica, 2 occasionale', '1', true],
  ['CodicePrestazione', 'serviceCode', 'Codice prestazione', 'Codice della prestazione nell’elenco SIUSS.', 'codice dell’elenco siuss_service (es. A1.04)', 'A1.04', true],
  ['DenominazionePrestazione', 'serviceName', 'Denominazione prestazione', 'Nome della prestazione (se vuoto, quello dell’elenco).', 'testo, da 10 a 200 caratteri', 'Contributi economici a integrazione del reddito familiare'],
  ['ProtocolloDomanda', 'requestProtocol', 'Protocollo della domanda', 'Protocollo della domanda presso l’ente.', 'testo, al massimo 32 caratteri', 'PG/2026/1234', true],
  ['DataEvento', 'eventDate', 'Data evento', 'Data dell’evento (obbligatoria per A1.05.01).', DATE, '', false, false],
  ['DataInizioPrestazione', 'startDate', 'Data inizio', 'Inizio della prestazione periodica.', DATE, '01/02/2026'],
  ['DataFinePrestazione', 'endDate', 'Data fine', 'Fine della prestazione periodica.', DATE, '31/12/2026'],
  ['DataErogazionePrestazione', 'paymentDate', 'Data erogazione', 'Data di erogazione della prestazione occasionale.', DATE, '15/03/2026', false, false],
  ['ImportoPrestazione', 'amount', 'Importo della prestazione', 'Importo della prestazione occasionale.', AMOUNT_FORMAT, '1.250,00', false, false],
  ['ImportoMensile', 'monthlyAmount', 'Importo mensile', 'Importo mensile della prestazione periodica.', AMOUNT_FORMAT, '187,50'],
  ['PeriodoErogazione', 'months', 'Mesi di erogazione', 'Mesi coperti nell’anno (calcolati dalle date se vuoto).', 'numero intero da 1 a 12', '11'],
  ['ImportoQuotaEnte', 'entityShare', 'Quota dell’ente', 'Parte dell’importo a carico dell’ente.', AMOUNT_FORMAT, '', false, false],
  ['ImportoQuotaUtente', 'userShare', 'Quota dell’utente', 'Parte dell’importo a carico dell’utente.', AMOUNT_FORMAT, '', false, false],
  ['ImportoQuotaSSN', 'healthServiceShare', 'Quota del SSN', 'Parte dell’importo a carico del Servizio sanitario nazionale.', AMOUNT_FORMAT, '', false, false],
  ['ImportoQuotaRichiesta', 'requestedShare', 'Quota richiesta', 'Quota richiesta al beneficiario.', AMOUNT_FORMAT, '', false, false],
  ['ImportoSogliaISEE', 'iseeThreshold', 'Soglia ISEE', 'Soglia ISEE della prestazione.', AMOUNT_FORMAT, '', false, false],
  ['OreServizioMensile', 'monthlyHours', 'Ore di servizio al mese', 'Ore di servizio al mese.', 'numero con la virgola, al massimo due decimali', '', false, false],
  ['PresaCarico', 'takenInCharge', 'Presa in carico', 'Se il beneficiario è preso in carico dal servizio sociale.', '1 sì, 2 no', '1', true],
  ['AreaUtenza', 'userArea', 'Area di utenza', 'Area di utenza (obbligatoria con presa in carico).', '1 famiglia e minori, 2 disabilità e non autosufficienza, 3 povertà ed esclusione sociale', '3'],
  ['NumeroProtocolloDSU', 'dsuProtocol', 'Protocollo DSU', 'Numero di protocollo della DSU (solo con prova dei mezzi 1; tutti e tre i dati DSU o nessuno).', 'testo, al massimo 30 caratteri', 'INPS-ISEE-2026-00000001A-00'],
  ['AnnoProtocolloDSU', 'dsuYear', 'Anno del protocollo DSU', 'Anno del protocollo della DSU.', 'anno di 4 cifre', '2026'],
  ['DataDSU', 'dsuDate', 'Data della DSU', 'Data di presentazione della DSU.', DATE, '10/01/2026'],
];

/** Every column an import reads by default, in the order of the standard header row. */
export const IMPORT_COLUMNS: readonly ImportColumnSpec[] = SPECS.map(
  ([attribute, field, label, description, format, example, required = false, inSample = true]) => ({
    attribute,
    field,
    label,
    description,
    format,
    example,
    required,
    inSample,
  }),
);

const SPEC_BY_ATTRIBUTE = new Map(IMPORT_COLUMNS.map((c) => [c.attribute, c]));
const SPEC_BY_FIELD = new Map(IMPORT_COLUMNS.map((c) => [c.field, c]));

/**
 * The catalogue entry of an attribute (a custom field `customFields.<key>` gets a generic one,
 * labelled with its key).
 */
export function importColumnSpec(attribute: string): ImportColumnSpec {
  const known = SPEC_BY_ATTRIBUTE.get(attribute);
  if (known) return known;
  const key = attribute.startsWith('customFields.')
    ? attribute.slice('customFields.'.length)
    : attribute;
  return {
    attribute,
    field: attribute,
    label: key,
    description: `Campo personalizzato dell’ente «${key}».`,
    format: 'come definito nella configurazione dell’ente',
    example: '',
    required: false,
    inSample: false,
  };
}

/** Italian labels of the record's fields that are not import columns. */
const OTHER_FIELD_LABELS: Record<string, string> = {
  sina: 'Valutazione SINA',
  sinba: 'Dati SINBA',
  customFields: 'Campi personalizzati',
};

/**
 * The Italian label of a record's field (`monthlyAmount` → «Importo mensile», `sina.mobility`
 * → «Valutazione SINA: mobility»), for issues computed on the stored record.
 */
export function fieldLabel(field: string): string {
  const known = SPEC_BY_FIELD.get(field)?.label ?? OTHER_FIELD_LABELS[field];
  if (known) return known;
  const dot = field.indexOf('.');
  if (dot > 0) {
    const head = OTHER_FIELD_LABELS[field.slice(0, dot)];
    if (head) return `${head}: ${field.slice(dot + 1)}`;
  }
  return field;
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
