import type { SinbaData } from './benefit';
import { SINBA_ATTRIBUTES, SINBA_FAMILY_KEY } from './sinbaCodes';
import { openElement, textElement, type Attributes } from './xmlWriter';

/** One child of a SINBA flow: pseudonym, birth year, assessment data and the benefits received. */
export interface SinbaEntry {
  pseudonym: string;
  birthYear: number | null;
  data: SinbaData;
  serviceCodes: readonly string[];
}

/** `<SINBA IDBeneficiario="…" …><Prestazioni>…</Prestazioni><Famiglia>…</Famiglia></SINBA>`, attributes in XSD order. */
export function sinbaElement(entry: SinbaEntry): string {
  const attrs: [string, string | number | null][] = [['IDBeneficiario', entry.pseudonym]];
  for (const a of SINBA_ATTRIBUTES) {
    // AnnoNascita sits between FasciaISEEBeneficiario and CodiceRegioneResidenza in the XSD.
    if (a.xsd === 'CodiceRegioneResidenza') attrs.push(['AnnoNascita', entry.birthYear]);
    const value = entry.data[a.xsd];
    attrs.push([
      a.xsd,
      value === null || value === undefined || Array.isArray(value) ? null : value,
    ]);
  }
  const family = (entry.data[SINBA_FAMILY_KEY] as number[] | null | undefined) ?? [];
  return (
    openElement('SINBA', attrs as Attributes) +
    `<Prestazioni>${[...new Set(entry.serviceCodes)]
      .sort()
      .map((c) => textElement('CodicePrestazione', c))
      .join('')}</Prestazioni>` +
    `<Famiglia>${family.map((c) => textElement('ComposizioneFamiglia', String(c))).join('')}</Famiglia>` +
    '</SINBA>\n'
  );
}
