import { indicatorField as f, type IndicatorField } from '@sisa/kernel';

/**
 * SIUSS's indicator vocabulary: the built-in fields of the entities it measures that an indicator
 * may read (its manifest's `measurement.fields`); ./catalog.ts maps each one to SQL.
 */
export const SIUSS_INDICATOR_FIELDS: Readonly<Record<string, readonly IndicatorField[]>> = {
  SOCIAL_BENEFIT: [
    f('serviceCode', 'Codice prestazione', 'TEXT'),
    f('status', 'Stato', 'TEXT'),
    f('source', 'Origine', 'TEXT'),
    f('meansTest', 'Prova dei mezzi', 'TEXT'),
    f('character', 'Carattere', 'TEXT'),
    f('amount', 'Importo', 'NUMBER'),
    f('monthlyAmount', 'Importo mensile', 'NUMBER'),
    f('startDate', 'Data di inizio', 'DATE'),
    f('paymentDate', 'Data di erogazione', 'DATE'),
    f('takenInCharge', 'Presa in carico', 'BOOLEAN'),
  ],
};
