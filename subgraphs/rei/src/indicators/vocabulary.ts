import { indicatorField as f, type IndicatorField } from '@sisa/kernel';

/**
 * REI's indicator vocabulary: the built-in fields of the entities it measures that an indicator
 * may read (its manifest's `measurement.fields`); ./catalogs.ts maps each one to SQL.
 */
export const REI_INDICATOR_FIELDS: Readonly<Record<string, readonly IndicatorField[]>> = {
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
};
