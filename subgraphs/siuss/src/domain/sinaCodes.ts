import type { SinaData } from './benefit';

/** A SINA attribute: its GraphQL field, XSD name, highest code and whether the XSD requires it. */
export interface SinaAttribute {
  field: keyof SinaData;
  xsd: string;
  max: number;
  required: boolean;
}

/** SINAType attributes in XSD order (enumerations 1..max). */
export const SINA_ATTRIBUTES: readonly SinaAttribute[] = [
  { field: 'mobility', xsd: 'Mobilita', max: 3, required: true },
  { field: 'dailyActivities', xsd: 'AttivitaVitaQuotidiana', max: 3, required: true },
  { field: 'cognitiveDisorders', xsd: 'DisturbiAreaCognitiva', max: 3, required: false },
  { field: 'behaviouralDisorders', xsd: 'DisturbiComportamentali', max: 2, required: true },
  { field: 'healthCareNeeds', xsd: 'NecessitaCureSanitarie', max: 3, required: false },
  { field: 'incomeArea', xsd: 'AreaReddituale', max: 3, required: true },
  { field: 'supportArea', xsd: 'AreaSupporto', max: 3, required: true },
  { field: 'assessmentSource', xsd: 'FonteDerivazioneValutazione', max: 4, required: true },
  { field: 'assessmentTool', xsd: 'StrumentoValutazione', max: 7, required: true },
  { field: 'disabilitySource', xsd: 'FonteDerivazioneInvalidita', max: 2, required: false },
];

/** InvCiv codes 1–8. */
export const INV_CIV_MAX = 8;
