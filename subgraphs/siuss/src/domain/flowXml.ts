import { roundMoney } from '@sisa/italia';
import type { BenefitData } from './benefit';
import { CHARACTERS, codeOf, MEANS_TESTS, USER_AREAS } from './codes';
import { splitPeriodicByYear } from './periodicSplit';
import { SINA_ATTRIBUTES } from './sinaCodes';
import {
  attribute,
  CASELLARIO_NS,
  emptyElement,
  openElement,
  textElement,
  XML_DECLARATION,
  type Attributes,
} from './xmlWriter';

/** The sending ente (IdentificazioneFlusso/Ente). */
export interface Ente {
  /** Codice: the Belfiore code, as INPS's examples use. */
  code: string;
  name: string;
  /** Indirizzo: Belfiore code of the ente's seat. */
  seatCode: string;
  /** CFOperatore. */
  operatorFiscalCode: string;
}

/** `<?xml …?><Flusso …><IdentificazioneFlusso Nome="…"><Ente …/></IdentificazioneFlusso>` */
export function flowHeader(fileName: string, ente: Ente): string {
  return (
    XML_DECLARATION +
    `<Flusso xmlns="${CASELLARIO_NS}">\n` +
    openElement('IdentificazioneFlusso', [['Nome', fileName]]) +
    emptyElement('Ente', [
      ['Codice', ente.code],
      ['Denominazione', ente.name.slice(0, 100)],
      ['Indirizzo', ente.seatCode],
      ['CFOperatore', ente.operatorFiscalCode],
    ]) +
    '</IdentificazioneFlusso>\n'
  );
}

export const FLOW_FOOTER = '</Flusso>\n';

// Amounts read from numeric(12,2) already have two decimals: only other forms need decimal.js.
const CENTS = /^-?\d+\.\d{2}$/;
const money = (value: string | null) =>
  value === null ? null : CENTS.test(value) ? value : roundMoney(value);

/** `<Beneficiario CodiceFiscale="…"><Anagrafica …/><Indirizzo …/>` of a record. */
export function beneficiaryOpen(b: BenefitData): string {
  // Transmissions write a million of these: strings are joined directly, in XSD order.
  return (
    `<Beneficiario${attribute('CodiceFiscale', b.fiscalCode)}>` +
    `<Anagrafica${attribute('Cognome', b.lastName)}${attribute('Nome', b.firstName)}${attribute('AnnoNascita', b.birthYear)}` +
    `${attribute('LuogoNascita', b.birthPlaceCode)}${attribute('Genere', b.sex === 'M' ? '1' : b.sex === 'F' ? '2' : null)}` +
    `${attribute('CodiceCittadinanza', b.citizenshipCode)}${attribute('CodiceSecondaCittadinanza', b.secondCitizenshipCode)}/>` +
    `<Indirizzo${attribute('CodiceRegione', b.regionCode)}${attribute('CodiceComune', b.municipalityCode)}${attribute('CodiceNazione', b.countryCode)}/>`
  );
}

export const BENEFICIARY_CLOSE = '</Beneficiario>\n';

/** Insert (`I`, the default) or cancellation (`C`) of a benefit already sent. */
export type Operation = 'I' | 'C';

const MEANS_TEST_CODE = Object.fromEntries(
  MEANS_TESTS.map((m) => [m, codeOf(MEANS_TESTS, m)]),
) as Record<BenefitData['meansTest'], string>;
const CHARACTER_CODE = Object.fromEntries(
  CHARACTERS.map((c) => [c, codeOf(CHARACTERS, c)]),
) as Record<BenefitData['character'], string>;
const USER_AREA_CODE = Object.fromEntries(
  USER_AREAS.map((a) => [a, codeOf(USER_AREAS, a)]),
) as Record<string, string>;

/**
 * The calendar year of each element `benefitElements` writes for a record, in the same order:
 * a periodic benefit one per year it spans, any other the year it was paid.
 */
export function elementYears(b: BenefitData): (number | null)[] {
  const yearOf = (date: string | null) => (date ? Number(date.slice(0, 4)) || null : null);
  if (b.character !== 'PERIODIC' || !b.startDate) return [yearOf(b.paymentDate)];
  return splitPeriodicByYear(b.startDate, b.endDate, b.months).map((s) => yearOf(s.startDate));
}

/** One PrestazioniSociali element per calendar year (periodic) or one (occasional). */
export function benefitElements(b: BenefitData, operation: Operation): string[] {
  const isee = b.meansTest === 'ISEE';
  const head =
    `<PrestazioniSociali TipoOperazione="${operation}" PresenzaProvaMezzi="${MEANS_TEST_CODE[b.meansTest]}" CaratterePrestazione="${CHARACTER_CODE[b.character]}"` +
    (isee
      ? `${attribute('NumeroProtocolloDSU', b.dsuProtocol)}${attribute('AnnoProtocolloDSU', b.dsuYear)}${attribute('DataDSU', b.dsuDate)}`
      : '') +
    `${attribute('CodicePrestazione', b.serviceCode)}${attribute('DenominazionePrestazione', b.serviceName)}${attribute('ProtocolloDomanda', b.requestProtocol)}${attribute('DataEvento', b.eventDate)}`;
  const tail =
    `${attribute('ImportoQuotaEnte', money(b.entityShare))}${attribute('ImportoQuotaUtente', money(b.userShare))}${attribute('ImportoQuotaSSN', money(b.healthServiceShare))}` +
    `${attribute('ImportoQuotaRichiesta', money(b.requestedShare))}${attribute('ImportoSogliaISEE', money(b.iseeThreshold))}${attribute('OreServizioMensile', b.monthlyHours)}` +
    ` PresaCarico="${b.takenInCharge ? '1' : '2'}"${attribute('AreaUtenza', b.userArea ? USER_AREA_CODE[b.userArea] : null)}` +
    (b.sina ? `>${sinaElement(b)}</PrestazioniSociali>` : '/>');
  if (b.character !== 'PERIODIC' || !b.startDate) {
    return [
      `${head}${attribute('DataErogazionePrestazione', b.paymentDate)}${attribute('ImportoPrestazione', money(b.amount))}${tail}`,
    ];
  }
  const monthly = attribute('ImportoMensile', money(b.monthlyAmount));
  return splitPeriodicByYear(b.startDate, b.endDate, b.months).map(
    (slice) =>
      `${head}${attribute('DataInizioPrestazione', slice.startDate)}${attribute('DataFinePrestazione', slice.endDate)}${attribute('PeriodoErogazione', slice.months)}${monthly}${tail}`,
  );
}

function sinaElement(b: BenefitData): string {
  const sina = b.sina!;
  const attrs: Attributes = SINA_ATTRIBUTES.map((a) => [
    a.xsd,
    sina[a.field] as number | null | undefined,
  ]);
  const needed = sina.neededServices ?? [];
  const invalidity = sina.civilDisabilities ?? [];
  if (needed.length === 0 && invalidity.length === 0) return emptyElement('SINA', attrs);
  let out = openElement('SINA', attrs);
  if (needed.length)
    out += `<NecessitaInterventiSociali>${needed.map((c) => textElement('CodicePrestazione', c)).join('')}</NecessitaInterventiSociali>`;
  if (invalidity.length)
    out += `<InvaliditaCivile>${invalidity.map((c) => textElement('InvCiv', String(c))).join('')}</InvaliditaCivile>`;
  return out + '</SINA>';
}
