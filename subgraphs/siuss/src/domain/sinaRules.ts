import type { SinaData } from './benefit';
import { INV_CIV_MAX, SINA_ATTRIBUTES } from './sinaCodes';

const inRange = (value: unknown, max: number) =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max;

/** SINAType of PS_PSA_SINA201812.xsd: required coded attributes, InvCiv codes, needed services. */
export function validateSina(sina: SinaData, add: (field: string, message: string) => void): void {
  for (const a of SINA_ATTRIBUTES) {
    const value = sina[a.field];
    if (value === null || value === undefined) {
      if (a.required) add(`sina.${a.field}`, `SINA/${a.xsd} è obbligatorio`);
    } else if (!inRange(value, a.max))
      add(`sina.${a.field}`, `SINA/${a.xsd} deve essere un codice da 1 a ${a.max}`);
  }
  for (const code of sina.neededServices ?? []) {
    if (code.length < 5 || code.length > 10)
      add(
        'sina.neededServices',
        `SINA/NecessitaInterventiSociali: il codice «${code}» deve avere da 5 a 10 caratteri`,
      );
  }
  for (const code of sina.civilDisabilities ?? []) {
    if (!inRange(code, INV_CIV_MAX))
      add(
        'sina.civilDisabilities',
        `SINA/InvaliditaCivile/InvCiv deve essere un codice da 1 a ${INV_CIV_MAX}`,
      );
  }
}
