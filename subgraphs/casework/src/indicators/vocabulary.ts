import { indicatorField as f, type IndicatorField } from '@sisa/kernel';

/**
 * The Cartella Sociale's indicator vocabulary: the built-in fields of cases and referrals an
 * indicator may read (its manifest's `measurement.fields`); ./catalogs.ts maps each one to SQL.
 * Counts only: no indicator reads a diary, an assessment or a document.
 */
export const CASEWORK_INDICATOR_FIELDS: Readonly<Record<string, readonly IndicatorField[]>> = {
  SOCIAL_CASE: [
    f('status', 'Stato', 'TEXT'),
    f('responsible', 'Responsabile', 'TEXT'),
    f('mainArea', 'Area principale', 'TEXT'),
    f('openedAt', 'Data di presa in carico', 'DATE'),
    f('closedAt', 'Data di chiusura', 'DATE'),
    f('fromReferral', 'Da una segnalazione', 'BOOLEAN'),
    f('daysFromReferral', 'Giorni dalla segnalazione alla presa in carico', 'NUMBER'),
  ],
  REFERRAL: [
    f('source', 'Fonte', 'TEXT'),
    f('urgency', 'Urgenza', 'TEXT'),
    f('status', 'Stato', 'TEXT'),
    f('decided', 'Valutata', 'BOOLEAN'),
    f('receivedOn', 'Data di arrivo', 'DATE'),
    f('daysToTriage', 'Giorni dalla segnalazione alla valutazione', 'NUMBER'),
  ],
};
