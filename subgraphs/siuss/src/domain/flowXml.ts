import { roundMoney } from '@sisa/italia';
import type { BenefitData } from './benefit';
import { CHARACTERS, codeOf, MEANS_TESTS, USER_AREAS } from './codes';
import { splitPeriodicByYear } from './periodicSplit';
import { SINA_ATTRIBUTES } from './sinaCodes';
import { CASELLARIO_NS, emptyElement, openElement, textElement, XML_DECLARATION, type Attributes } from './xmlWriter';

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
const money = (value: string | null) => (value === null ? null : CENTS.test(value) ? value : roundMoney(value));

/** `<Beneficiario CodiceFiscale="…"><Anagrafica …/><Indirizzo …/>` of a record. */
export function beneficiaryOpen(b: BenefitData): string {
  return (
    openElement('Beneficiario', [['CodiceFiscale', b.fiscalCode]]) +
    emptyElement('Anagrafica', [
      ['Cognome', b.lastName],
      ['Nome', b.firstName],
      ['AnnoNascita', b.birthYear],
      ['LuogoNascita', b.birthPlaceCode],
      ['Genere', b.sex === 'M' ? '1' : b.sex === 'F' ? '2' : null],
      ['CodiceCittadinanza', b.citizenshipCode],
      ['CodiceSecondaCittadinanza', b.secondCitizenshipCode],
    ]) +
    emptyElement('Indirizzo', [
      ['CodiceRegione', b.regionCode],
      ['CodiceComune', b.municipalityCode],
      ['CodiceNazione', b.countryCode],
    ])
  );
}

export const BENEFICIARY_CLOSE = '</Beneficiario>\n';

/** Insert (`I`, the default) or cancellation (`C`) of a benefit already sent. */
export type Operation = 'I' | 'C';

/** One PrestazioniSociali element per calendar year (periodic) or one (occasional). */
export function benefitElements(b: BenefitData, operation: Operation): string[] {
  const slices = b.character === 'PERIODIC' && b.startDate ? splitPeriodicByYear(b.startDate, b.endDate, b.months) : [null];
  const isee = b.meansTest === 'ISEE';
  return slices.map((slice) => {
    const attrs: Attributes = [
      ['TipoOperazione', operation],
      ['PresenzaProvaMezzi', codeOf(MEANS_TESTS, b.meansTest)],
      ['CaratterePrestazione', codeOf(CHARACTERS, b.character)],
      ['NumeroProtocolloDSU', isee ? b.dsuProtocol : null],
      ['AnnoProtocolloDSU', isee ? b.dsuYear : null],
      ['DataDSU', isee ? b.dsuDate : null],
      ['CodicePrestazione', b.serviceCode],
      ['DenominazionePrestazione', b.serviceName],
      ['ProtocolloDomanda', b.requestProtocol],
      ['DataEvento', b.eventDate],
      ['DataInizioPrestazione', slice ? slice.startDate : null],
      ['DataFinePrestazione', slice ? slice.endDate : null],
      ['DataErogazionePrestazione', slice ? null : b.paymentDate],
      ['ImportoPrestazione', slice ? null : money(b.amount)],
      ['PeriodoErogazione', slice ? slice.months : null],
      ['ImportoMensile', slice ? money(b.monthlyAmount) : null],
      ['ImportoQuotaEnte', money(b.entityShare)],
      ['ImportoQuotaUtente', money(b.userShare)],
      ['ImportoQuotaSSN', money(b.healthServiceShare)],
      ['ImportoQuotaRichiesta', money(b.requestedShare)],
      ['ImportoSogliaISEE', money(b.iseeThreshold)],
      ['OreServizioMensile', b.monthlyHours],
      ['PresaCarico', b.takenInCharge ? '1' : '2'],
      ['AreaUtenza', b.userArea ? codeOf(USER_AREAS, b.userArea) : null],
    ];
    if (!b.sina) return emptyElement('PrestazioniSociali', attrs);
    return openElement('PrestazioniSociali', attrs) + sinaElement(b) + '</PrestazioniSociali>';
  });
}

function sinaElement(b: BenefitData): string {
  const sina = b.sina!;
  const attrs: Attributes = SINA_ATTRIBUTES.map((a) => [a.xsd, sina[a.field] as number | null | undefined]);
  const needed = sina.neededServices ?? [];
  const invalidity = sina.civilDisabilities ?? [];
  if (needed.length === 0 && invalidity.length === 0) return emptyElement('SINA', attrs);
  let out = openElement('SINA', attrs);
  if (needed.length) out += `<NecessitaInterventiSociali>${needed.map((c) => textElement('CodicePrestazione', c)).join('')}</NecessitaInterventiSociali>`;
  if (invalidity.length) out += `<InvaliditaCivile>${invalidity.map((c) => textElement('InvCiv', String(c))).join('')}</InvaliditaCivile>`;
  return out + '</SINA>';
}
