import {
  checkFiscalCode,
  findComuneByIstat,
  isSiussSchemaCompatible,
  resolveBirthPlace,
  toDecimal,
} from '@sisa/italia';
import type { BenefitData, ValidationIssue } from './benefit';
import { CITIZENSHIP_UNKNOWN, ITALY, requiresTakenInCharge } from './codes';
import { isKnownCountry } from './normalize';
import { periodoErogazione } from './periodicSplit';
import { validateSina } from './sinaRules';
import { validateSinba } from './sinbaRules';

export interface ValidationContext {
  /** Active codes of the tenant's `siuss_service` list; undefined when the list is not available. */
  serviceCodes?: ReadonlySet<string>;
}

type Add = (field: string, message: string) => void;

/**
 * Amounts as integer cents when they are plain decimals with at most two decimals (what imports
 * and the database give: exact in a double up to 10^13 cents), else undefined: then decimal.js.
 */
function cents(value: string): number | undefined {
  let i = value.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let whole = 0;
  let digits = 0;
  for (; i < value.length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
    digits++;
  }
  if (digits === 0 || digits > 13) return undefined;
  let fraction = 0;
  if (i < value.length) {
    if (value.charCodeAt(i) !== 46 || value.length - i - 1 < 1 || value.length - i - 1 > 2)
      return undefined;
    for (let k = i + 1; k < value.length; k++) {
      const d = value.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return undefined;
      fraction = fraction * 10 + d;
    }
    if (value.length - i - 1 === 1) fraction *= 10;
  }
  const total = whole * 100 + fraction;
  return negative ? -total : total;
}

/** The sign of an amount (-1, 0, 1). */
function sign(value: string): number {
  const c = cents(value);
  return c === undefined ? toDecimal(value).comparedTo(0) : Math.sign(c);
}

const positive = (value: string) => sign(value) > 0;
const negative = (value: string) => sign(value) < 0;

function length(
  add: Add,
  field: string,
  attribute: string,
  value: string | null,
  min: number,
  max: number,
  required: boolean,
) {
  if (value === null || value === '') {
    if (required) add(field, `${attribute} è obbligatorio`);
    return;
  }
  if (value.length < min || value.length > max)
    add(
      field,
      min === max
        ? `${attribute} deve avere ${min} caratteri`
        : `${attribute} deve avere da ${min} a ${max} caratteri (ne ha ${value.length})`,
    );
}

function pattern(
  add: Add,
  field: string,
  attribute: string,
  value: string | null,
  re: RegExp,
  what: string,
  required: boolean,
) {
  if (value === null || value === '') {
    if (required) add(field, `${attribute} è obbligatorio`);
  } else if (!re.test(value)) add(field, `${attribute} deve essere ${what}`);
}

function fiscalCodeProblem(cf: string): string | null {
  const check = checkFiscalCode(cf);
  if (!check.valid) return `CodiceFiscale non valido: ${check.error}`;
  // Without omocodia every digit is a digit: only omocodic codes need the XSD pattern.
  if (check.decoded?.omocode === false || isSiussSchemaCompatible(check.normalized)) return null;
  return 'CodiceFiscale omocodico con lettere nell\u2019anno o nel giorno di nascita: lo schema INPS non lo accetta, serve il codice fiscale originario';
}

function checkBeneficiary(b: BenefitData, add: Add) {
  const cf = b.fiscalCode;
  if (!cf) add('fiscalCode', 'CodiceFiscale è obbligatorio');
  else {
    const problem = fiscalCodeProblem(cf);
    if (problem) add('fiscalCode', problem);
  }
  length(add, 'lastName', 'Cognome', b.lastName, 1, 36, true);
  length(add, 'firstName', 'Nome', b.firstName, 1, 36, true);
  if (b.birthYear === null) add('birthYear', 'AnnoNascita è obbligatorio');
  else if (b.birthYear < 1000 || b.birthYear > 9999)
    add('birthYear', 'AnnoNascita deve avere 4 cifre');
  if (!b.birthPlaceCode)
    add(
      'birthPlaceCode',
      'LuogoNascita è obbligatorio (codice catastale del comune o codice Z dello Stato)',
    );
  else if (b.birthPlaceCode.length !== 4)
    add('birthPlaceCode', 'LuogoNascita deve avere 4 caratteri (codice catastale)');
  else if (!resolveBirthPlace(b.birthPlaceCode))
    add('birthPlaceCode', `LuogoNascita: codice catastale ${b.birthPlaceCode} sconosciuto`);
  if (!b.sex) add('sex', 'Genere è obbligatorio (1 maschio, 2 femmina)');
  pattern(
    add,
    'citizenshipCode',
    'CodiceCittadinanza',
    b.citizenshipCode,
    /^\d{3}$/,
    'il codice ISO numerico di 3 cifre (380 Italia, 990 non disponibile)',
    true,
  );
  if (b.citizenshipCode && /^\d{3}$/.test(b.citizenshipCode) && !isKnownCountry(b.citizenshipCode))
    add('citizenshipCode', `CodiceCittadinanza ${b.citizenshipCode} non corrisponde a uno Stato`);
  pattern(
    add,
    'secondCitizenshipCode',
    'CodiceSecondaCittadinanza',
    b.secondCitizenshipCode,
    /^\d{3}$/,
    'il codice ISO numerico di 3 cifre',
    false,
  );
}

function checkAddress(b: BenefitData, add: Add) {
  pattern(
    add,
    'residence.countryCode',
    'Indirizzo/CodiceNazione',
    b.countryCode,
    /^\d{3}$/,
    'il codice ISO numerico di 3 cifre (380 Italia)',
    true,
  );
  if (
    b.countryCode &&
    b.countryCode !== ITALY &&
    b.countryCode !== CITIZENSHIP_UNKNOWN &&
    /^\d{3}$/.test(b.countryCode) &&
    !isKnownCountry(b.countryCode)
  )
    add(
      'residence.countryCode',
      `Indirizzo/CodiceNazione ${b.countryCode} non corrisponde a uno Stato`,
    );
  const inItaly = b.countryCode === ITALY;
  pattern(
    add,
    'residence.regionCode',
    'Indirizzo/CodiceRegione',
    b.regionCode,
    /^\d{2}$/,
    'di 2 cifre',
    inItaly,
  );
  pattern(
    add,
    'residence.municipalityCode',
    'Indirizzo/CodiceComune',
    b.municipalityCode,
    /^\d{6}$/,
    'il codice ISTAT di 6 cifre',
    inItaly,
  );
  if (inItaly && b.municipalityCode && /^\d{6}$/.test(b.municipalityCode)) {
    const comune = findComuneByIstat(b.municipalityCode);
    if (!comune)
      add(
        'residence.municipalityCode',
        `Indirizzo/CodiceComune: codice ISTAT ${b.municipalityCode} sconosciuto`,
      );
    else if (b.regionCode && comune.regionCode && comune.regionCode !== b.regionCode)
      add(
        'residence.regionCode',
        `Indirizzo/CodiceRegione ${b.regionCode} non è la regione del comune ${comune.name} (${comune.regionCode})`,
      );
  }
}

function checkAmounts(b: BenefitData, add: Add) {
  if (b.character === 'PERIODIC') {
    if (!b.startDate)
      add(
        'startDate',
        'DataInizioPrestazione è obbligatoria per una prestazione periodica (CaratterePrestazione 1)',
      );
    if (!b.monthlyAmount)
      add('monthlyAmount', 'ImportoMensile è obbligatorio per una prestazione periodica');
    else if (!positive(b.monthlyAmount))
      add('monthlyAmount', 'ImportoMensile deve essere maggiore di zero');
    if (b.startDate && b.endDate && b.endDate < b.startDate)
      add('endDate', 'DataFinePrestazione precede DataInizioPrestazione');
    if (
      b.months !== null &&
      (b.months < 1 ||
        (b.startDate &&
          b.endDate &&
          b.endDate >= b.startDate &&
          b.months > periodoErogazione(b.startDate, b.endDate)))
    )
      add(
        'months',
        'PeriodoErogazione: i mesi devono essere almeno 1 e non più di quelli tra inizio e fine',
      );
  } else {
    if (!b.paymentDate)
      add(
        'paymentDate',
        'DataErogazionePrestazione è obbligatoria per una prestazione occasionale (CaratterePrestazione 2)',
      );
    if (!b.amount)
      add('amount', 'ImportoPrestazione è obbligatorio per una prestazione occasionale');
    else if (!positive(b.amount)) add('amount', 'ImportoPrestazione deve essere maggiore di zero');
  }
  // INPS's own examples carry ImportoQuotaSSN="0.0": shares are checked as not negative.
  const shares = [
    ['entityShare', 'ImportoQuotaEnte', b.entityShare],
    ['healthServiceShare', 'ImportoQuotaSSN', b.healthServiceShare],
    ['userShare', 'ImportoQuotaUtente', b.userShare],
  ] as const;
  for (const [field, attribute, value] of shares) {
    if (value !== null && negative(value)) add(field, `${attribute} non può essere negativo`);
  }
  const total = b.character === 'PERIODIC' ? b.monthlyAmount : b.amount;
  if (
    (b.entityShare !== null || b.healthServiceShare !== null || b.userShare !== null) &&
    total !== null &&
    !sharesAddUp(b, total)
  ) {
    const given = shares.filter(([, , value]) => value !== null);
    const sum = given.reduce((acc, [, , value]) => acc.plus(toDecimal(value!)), toDecimal(0));
    add(
      'entityShare',
      `La somma delle quote (ImportoQuotaEnte + ImportoQuotaSSN + ImportoQuotaUtente = ${sum.toFixed(2)}) deve essere uguale a ${b.character === 'PERIODIC' ? 'ImportoMensile' : 'ImportoPrestazione'} (${toDecimal(total).toFixed(2)})`,
    );
  }
  if (b.requestedShare !== null && negative(b.requestedShare))
    add('requestedShare', 'ImportoQuotaRichiesta non può essere negativo');
  if (b.iseeThreshold !== null && negative(b.iseeThreshold))
    add('iseeThreshold', 'ImportoSogliaISEE non può essere negativo');
  if (b.monthlyHours !== null && negative(b.monthlyHours))
    add('monthlyHours', 'OreServizioMensile non può essere negativo');
}

/** Whether the shares given add up to the total: in cents when every amount is plain, else with decimal.js. */
function sharesAddUp(b: BenefitData, total: string): boolean {
  const amounts = [b.entityShare, b.healthServiceShare, b.userShare];
  let sum = 0;
  for (const value of amounts) {
    if (value === null) continue;
    const c = cents(value);
    if (c === undefined) return slowSharesAddUp(amounts, total);
    sum += c;
  }
  const expected = cents(total);
  return expected === undefined ? slowSharesAddUp(amounts, total) : sum === expected;
}

function slowSharesAddUp(amounts: (string | null)[], total: string): boolean {
  return amounts
    .reduce((acc, value) => (value === null ? acc : acc.plus(toDecimal(value))), toDecimal(0))
    .equals(toDecimal(total));
}

function checkService(b: BenefitData, add: Add, ctx: ValidationContext) {
  length(add, 'serviceCode', 'CodicePrestazione', b.serviceCode, 5, 10, true);
  if (b.serviceCode && ctx.serviceCodes && !ctx.serviceCodes.has(b.serviceCode))
    add(
      'serviceCode',
      `CodicePrestazione ${b.serviceCode} non è nell\u2019elenco delle prestazioni SIUSS (siuss_service)`,
    );
  length(add, 'serviceName', 'DenominazionePrestazione', b.serviceName, 10, 200, true);
  length(add, 'requestProtocol', 'ProtocolloDomanda', b.requestProtocol, 1, 32, true);
  if (b.serviceCode === 'A1.05.01' && !b.eventDate)
    add('eventDate', 'DataEvento è obbligatoria per la prestazione A1.05.01');
  if (b.takenInCharge && !b.userArea)
    add('userArea', 'AreaUtenza è obbligatoria quando PresaCarico è 1 (sì)');
  if (!b.takenInCharge && requiresTakenInCharge(b.serviceCode))
    add(
      'takenInCharge',
      `CodicePrestazione ${b.serviceCode}: i codici da A2.16 a A2.29 si inviano solo con PresaCarico 1 (presa in carico del servizio sociale)`,
    );
}

function checkDsu(b: BenefitData, add: Add) {
  const given = [b.dsuProtocol, b.dsuYear, b.dsuDate].filter((v) => v !== null && v !== '').length;
  if (given > 0 && given < 3)
    add(
      'dsuProtocol',
      'NumeroProtocolloDSU, AnnoProtocolloDSU e DataDSU vanno indicati tutti e tre o nessuno',
    );
  if (given > 0 && b.meansTest !== 'ISEE')
    add(
      'dsuProtocol',
      'I dati della DSU si indicano solo per prestazioni soggette a ISEE (PresenzaProvaMezzi 1)',
    );
  if (b.dsuProtocol !== null && b.dsuProtocol.length > 30)
    add('dsuProtocol', 'NumeroProtocolloDSU: al massimo 30 caratteri');
  if (b.dsuYear !== null && (b.dsuYear < 1000 || b.dsuYear > 9999))
    add('dsuYear', 'AnnoProtocolloDSU deve avere 4 cifre');
}

/** The text fields of a record, with their XSD attribute. */
const TEXT_FIELDS = [
  ['fiscalCode', 'CodiceFiscale'],
  ['lastName', 'Cognome'],
  ['firstName', 'Nome'],
  ['birthPlaceCode', 'LuogoNascita'],
  ['serviceCode', 'CodicePrestazione'],
  ['serviceName', 'DenominazionePrestazione'],
  ['requestProtocol', 'ProtocolloDomanda'],
  ['dsuProtocol', 'NumeroProtocolloDSU'],
] as const;

/**
 * U+FFFD is what a decoder writes for bytes it cannot read: the text is not what the person
 * wrote, and never goes to INPS.
 */
function checkReadableText(b: BenefitData, add: Add) {
  for (const [field, attribute] of TEXT_FIELDS) {
    const value = b[field];
    if (value && value.includes('\uFFFD'))
      add(
        field,
        `${attribute} contiene un carattere non leggibile (\uFFFD): correggere il testo o salvare il file in UTF-8 o Windows-1252 e importarlo di nuovo`,
      );
  }
}

/**
 * Checks a record against PS_PSA_SINA201812.xsd and the INPS rules of docs/domain/SIUSS.md (and, when it
 * carries SINBA data, SINBA.xsd): every problem is an issue on the GraphQL field, in Italian,
 * naming the XSD attribute. No issue means the record can be transmitted.
 */
export function validateBenefit(b: BenefitData, ctx: ValidationContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add: Add = (field, message) => issues.push({ field, message });
  checkReadableText(b, add);
  checkBeneficiary(b, add);
  checkAddress(b, add);
  checkService(b, add, ctx);
  checkAmounts(b, add);
  checkDsu(b, add);
  if (b.sina) {
    if (!b.takenInCharge)
      add('sina', 'SINA: la valutazione multidimensionale si invia solo con PresaCarico 1');
    validateSina(b.sina, add);
  }
  if (b.sinba) validateSinba(b.sinba, add);
  return issues;
}
