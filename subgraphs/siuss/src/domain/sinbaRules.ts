import type { SinbaData } from './benefit';
import { ITALY } from './codes';
import { SINBA_ATTRIBUTES, SINBA_FAMILY_KEY, SINBA_FAMILY_MAX } from './sinbaCodes';

const MONTH_YEAR = /^(0[1-9]|1[0-2])\/(19|20)\d{2}$/;
const KNOWN = new Set([...SINBA_ATTRIBUTES.map((a) => a.xsd), SINBA_FAMILY_KEY]);

const asText = (value: unknown) =>
  value === null || value === undefined || value === '' ? null : String(value);

/** SinbaType of SINBA.xsd: coded lists, MM/YYYY dates, residence region in Italy, the family. */
export function validateSinba(
  sinba: SinbaData,
  add: (field: string, message: string) => void,
): void {
  for (const key of Object.keys(sinba))
    if (!KNOWN.has(key)) add(`sinba.${key}`, `SINBA: attributo ${key} sconosciuto`);
  for (const a of SINBA_ATTRIBUTES) {
    const field = `sinba.${a.xsd}`;
    const value = asText(sinba[a.xsd]);
    if (value === null) {
      if (a.required) add(field, `SINBA/${a.xsd} è obbligatorio`);
      continue;
    }
    switch (a.kind) {
      case 'code':
        if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > a.max!)
          add(field, `SINBA/${a.xsd} deve essere un codice da 1 a ${a.max}`);
        break;
      case 'monthYear':
        if (!MONTH_YEAR.test(value)) add(field, `SINBA/${a.xsd} deve essere nel formato MM/AAAA`);
        break;
      case 'region':
        if (!/^\d{2}$/.test(value)) add(field, `SINBA/${a.xsd} deve avere 2 cifre`);
        break;
      case 'country':
        if (!/^\d{3}$/.test(value))
          add(field, `SINBA/${a.xsd} deve essere il codice ISO numerico di 3 cifre`);
        break;
      case 'count':
        if (!/^\d+$/.test(value) || Number(value) > 9)
          add(field, `SINBA/${a.xsd} deve essere un numero fino a 9`);
        break;
    }
  }
  if (
    asText(sinba.CodiceNazioneResidenza) === ITALY &&
    asText(sinba.CodiceRegioneResidenza) === null
  )
    add(
      'sinba.CodiceRegioneResidenza',
      'SINBA/CodiceRegioneResidenza è obbligatorio con residenza in Italia (380)',
    );
  const family = sinba[SINBA_FAMILY_KEY];
  if (!Array.isArray(family) || family.length === 0)
    add(
      `sinba.${SINBA_FAMILY_KEY}`,
      'SINBA/Famiglia: indicare almeno un componente (ComposizioneFamiglia)',
    );
  else if (!family.every((c) => Number.isInteger(c) && c >= 1 && c <= SINBA_FAMILY_MAX))
    add(
      `sinba.${SINBA_FAMILY_KEY}`,
      `SINBA/Famiglia/ComposizioneFamiglia: codici da 1 a ${SINBA_FAMILY_MAX}`,
    );
}
