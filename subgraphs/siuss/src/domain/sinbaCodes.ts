/**
 * The attributes of SinbaType (SINBA.xsd) in XSD order. `max` is the highest code of a coded
 * list (codes 1..max); `kind` says how other values are checked. IDBeneficiario is never stored:
 * it is computed from the fiscal code at transmission (see `sinbaPseudonym`), and AnnoNascita
 * comes from the record.
 */
export interface SinbaAttribute {
  xsd: string;
  required: boolean;
  kind: 'code' | 'monthYear' | 'region' | 'country' | 'count';
  max?: number;
}

const code = (xsd: string, max: number, required = false): SinbaAttribute => ({
  xsd,
  required,
  kind: 'code',
  max,
});

export const SINBA_ATTRIBUTES: readonly SinbaAttribute[] = [
  code('MinoreStranieroNoAcc', 2, true),
  code('CondizioneMinore', 5, true),
  code('LuogoVita', 8, true),
  code('ScuolaFrequentata', 8, true),
  code('CondizioneLavoro', 4, true),
  code('Disabilita', 2, true),
  code('TipoDisabilita', 4),
  code('InvCivCertificazioni', 5),
  { xsd: 'CodiceCittadinanzaPadre', required: false, kind: 'country' },
  { xsd: 'CodiceCittadinanzaMadre', required: false, kind: 'country' },
  { xsd: 'CodiceRegioneResidenzaPadre', required: false, kind: 'region' },
  { xsd: 'CodiceRegioneResidenzaMadre', required: false, kind: 'region' },
  code('TitoloStudioPadre', 6),
  code('TitoloStudioMadre', 6),
  code('OccupazionePadre', 8),
  code('OccupazioneMadre', 8),
  { xsd: 'DataPrimaSegnalazione', required: true, kind: 'monthYear' },
  code('FonteSegnalazione', 14, true),
  code('ValutazioneMinore', 13, true),
  code('ValutazioneFamigliaMinore', 13, true),
  code('SegnalazioneAutoritaGiudiziaria', 2, true),
  { xsd: 'DataSegnalazione', required: false, kind: 'monthYear' },
  code('ProvvedimentoGiudiziario', 2, true),
  { xsd: 'DataProvvedimentoGiudiziario', required: false, kind: 'monthYear' },
  code('AutoritaProvvedimento', 4),
  code('PotestaTutela', 5),
  code('TipoProvvedimentoGiudiziario', 8),
  code('FormaInterventoAffido', 2),
  code('TipoInterventoAffido', 2),
  code('DurataAffido', 2),
  code('CarattereAffido', 2),
  code('EsitoAffido', 9),
  code('CarattereInserimentoResidenziale', 10),
  code('FormaInserimentoResidenziale', 2),
  code('TipoInserimentoResidenziale', 2),
  code('EsitoInserimentoStruttura', 9),
  code('MotivazioneChiusuraCarico', 9),
  code('SituazioneChiusuraCarico', 8),
  code('CollaborazioniInterventi', 9),
  { xsd: 'NumeroComponentiISEE', required: false, kind: 'count' },
  code('FasciaEtaBeneficiario', 6, true),
  code('FasciaISEEBeneficiario', 8),
  { xsd: 'CodiceRegioneResidenza', required: false, kind: 'region' },
  { xsd: 'CodiceNazioneResidenza', required: true, kind: 'country' },
];

/** Famiglia/ComposizioneFamiglia codes 1–6 (at least one). */
export const SINBA_FAMILY_KEY = 'ComposizioneFamiglia';
export const SINBA_FAMILY_MAX = 6;

/** The position of each attribute, to write them in XSD order. */
export const SINBA_ORDER = new Map(SINBA_ATTRIBUTES.map((a, i) => [a.xsd, i]));
