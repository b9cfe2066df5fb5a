import { indicatorField as f, type IndicatorField } from '@sisa/kernel';

/**
 * The registry's indicator vocabulary: the built-in fields of the entities it measures that an
 * indicator may read (its manifest's `measurement.fields`); ./catalogs.ts maps each one to SQL.
 */
export const REGISTRY_INDICATOR_FIELDS: Readonly<Record<string, readonly IndicatorField[]>> = {
  SUBJECT: [
    f('sex', 'Sesso', 'TEXT'),
    f('birthDate', 'Data di nascita', 'DATE'),
    f('age', 'Età', 'NUMBER'),
    f('ageBand', 'Fascia d\u2019età', 'TEXT'),
    f('citizenshipCode', 'Cittadinanza', 'TEXT'),
    f('foreignCitizen', 'Cittadino straniero', 'BOOLEAN'),
    f('birthPlaceCode', 'Luogo di nascita', 'TEXT'),
    f('residenceMunicipalityCode', 'Comune di residenza', 'TEXT'),
    f('createdAt', 'Data di inserimento', 'DATE'),
  ],
  HOUSEHOLD: [
    f('memberCount', 'Numero di componenti', 'NUMBER'),
    f('hasValidIsee', 'ISEE valido', 'BOOLEAN'),
    f('isee', 'Valore ISEE', 'NUMBER'),
    f('iseeBand', 'Fascia ISEE', 'TEXT'),
    f('hasMinors', 'Con minori', 'BOOLEAN'),
    f('createdAt', 'Data di inserimento', 'DATE'),
  ],
};
