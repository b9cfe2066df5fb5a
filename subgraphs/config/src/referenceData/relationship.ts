import type { SystemListData } from './types';

/**
 * Relationship to the head of the family record (intestatario della scheda di famiglia):
 * ANPR «Tabella 5 – Relazione di parentela», the vocabulary agreed by the Ministero dell'Interno
 * and ISTAT (published as the controlled vocabulary `parental-relationship-types` of
 * italia/daf-ontologie-vocabolari-controllati). The ISTAT review of 2023-03-20 deprecated codes
 * 14, 15, 19, 26, 80, 81 and 99: they stay, inactive, because old records may carry them.
 */
export const RELATIONSHIP: SystemListData = {
  key: 'relationship',
  label: 'Relazione di parentela con l\u2019intestatario della scheda (ANPR)',
  items: [
    { code: '1', label: 'Intestatario della scheda' },
    { code: '2', label: 'Marito / Moglie' },
    { code: '3', label: 'Figlio / Figlia' },
    { code: '4', label: 'Nipote (discendente)' },
    { code: '5', label: 'Pronipote (discendente)' },
    { code: '6', label: 'Padre / Madre' },
    { code: '7', label: 'Nonno / Nonna' },
    { code: '8', label: 'Bisnonno / Bisnonna' },
    { code: '9', label: 'Fratello / Sorella' },
    { code: '10', label: 'Nipote (collaterale)' },
    { code: '11', label: 'Zio / Zia (collaterale)' },
    { code: '12', label: 'Cugino / Cugina' },
    { code: '13', label: 'Altro parente' },
    { code: '14', label: 'Figliastro / Figliastra', active: false },
    { code: '15', label: 'Patrigno / Matrigna', active: false },
    { code: '16', label: 'Genero / Nuora' },
    { code: '17', label: 'Suocero / Suocera' },
    { code: '18', label: 'Cognato / Cognata' },
    { code: '19', label: 'Fratellastro / Sorellastra', active: false },
    { code: '20', label: 'Nipote (affine)' },
    { code: '21', label: 'Zio / Zia (affine)' },
    { code: '22', label: 'Altro affine' },
    { code: '23', label: 'Convivente (con vincoli di adozione o affettivi)' },
    { code: '24', label: 'Responsabile della convivenza non affettiva' },
    { code: '25', label: 'Convivente in convivenza non affettiva' },
    { code: '26', label: 'Tutore', active: false },
    { code: '28', label: 'Unito civilmente' },
    { code: '80', label: 'Adottato', active: false },
    { code: '81', label: 'Nipote', active: false },
    { code: '99', label: 'Non definito / non comunicato', active: false },
  ],
};
