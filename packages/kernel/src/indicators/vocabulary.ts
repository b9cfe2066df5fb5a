import type { IndicatorField, IndicatorFieldType } from '@sisa/rules';
import type { ConfigurableEntity, CustomFieldDefinition } from '../customFields/definitions';

export type { IndicatorField, IndicatorFieldType } from '@sisa/rules';

const f = (name: string, label: string, type: IndicatorFieldType): IndicatorField => ({
  name,
  label,
  type,
});

/**
 * The public indicator vocabulary of each entity's built-in fields. The owning subgraph maps
 * every name to SQL in its catalogue (a test there checks that all of them compile and run);
 * the config subgraph validates indicator specs against it and the console offers it.
 */
export const INDICATOR_FIELDS: Record<ConfigurableEntity, IndicatorField[]> = {
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
  REI_APPLICATION: [
    f('status', 'Stato', 'TEXT'),
    f('submittedAt', 'Data di presentazione', 'DATE'),
    f('accessPoint', 'Punto di accesso', 'TEXT'),
    f('householdSize', 'Componenti del nucleo', 'NUMBER'),
    f('monthlyAmount', 'Importo mensile', 'NUMBER'),
    f('rulesVersion', 'Regole applicate', 'TEXT'),
    f('overdue', 'Con scadenze superate', 'BOOLEAN'),
    f('firstMonth', 'Primo mese', 'TEXT'),
  ],
  REI_PROJECT: [
    f('signed', 'Progetto sottoscritto', 'BOOLEAN'),
    f('signedAt', 'Data di sottoscrizione', 'DATE'),
    f('assignedTo', 'Operatore assegnato', 'TEXT'),
    f('missedAppointments', 'Appuntamenti mancati', 'NUMBER'),
    f('interventionCount', 'Interventi proposti', 'NUMBER'),
    f('openedAt', 'Data di apertura', 'DATE'),
  ],
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

const CUSTOM_TYPES: Record<CustomFieldDefinition['type'], IndicatorFieldType> = {
  TEXT: 'TEXT',
  LONG_TEXT: 'TEXT',
  EMAIL: 'TEXT',
  PHONE: 'TEXT',
  SELECT: 'TEXT',
  MULTI_SELECT: 'TEXT',
  INTEGER: 'NUMBER',
  DECIMAL: 'NUMBER',
  DATE: 'DATE',
  BOOLEAN: 'BOOLEAN',
};

/**
 * Built-in fields of `entity` plus its custom fields (as `customFields.<key>`), inactive ones
 * included: deactivating a field keeps its data, and the indicators that read it.
 */
export function indicatorFieldsOf(
  entity: ConfigurableEntity,
  customFields: readonly CustomFieldDefinition[],
): IndicatorField[] {
  return [
    ...INDICATOR_FIELDS[entity],
    ...customFields
      .filter((d) => d.entity === entity)
      .map((d) => ({
        name: `customFields.${d.key}`,
        label: d.label,
        type: CUSTOM_TYPES[d.type],
        ...(d.type === 'MULTI_SELECT' ? { multiple: true } : {}),
      })),
  ];
}
