// The REI parameters a platform admin edits, with their Italian names and kinds (the shape the
// config subgraph checks in subgraphs/config/src/domain/reiParameters.ts, described in REI.md).

export type ParameterKind =
  'money' | 'moneyList' | 'factor' | 'factorList' | 'months' | 'count' | 'days' | 'date' | 'choice';

export interface ParameterField {
  /** The key in the set's values (`deadlines.sendToInpsWorkingDays` for a nested one). */
  key: string;
  label: string;
  kind: ParameterKind;
  helper?: string;
  /** For `choice`: the codes with their Italian names. */
  choices?: { id: string; name: string }[];
  /** Absent from older sets: the rei subgraph applies its default. */
  optional?: boolean;
}

export interface ParameterGroup {
  title: string;
  fields: ParameterField[];
}

export const CAP_ORDER_CHOICES = [
  { id: 'AFTER_ISR', name: 'Prima si sottrae l’ISR, poi si applica il massimale' },
  { id: 'BEFORE_ISR', name: 'Prima si applica il massimale, poi si sottrae l’ISR' },
];

export const ROUNDING_CHOICES = [
  { id: 'HALF_EVEN', name: 'Al centesimo, a metà verso il pari (arrotondamento bancario)' },
  { id: 'HALF_UP', name: 'Al centesimo, a metà per eccesso' },
  { id: 'HALF_DOWN', name: 'Al centesimo, a metà per difetto' },
  { id: 'DOWN', name: 'Al centesimo, sempre per difetto' },
  { id: 'UP', name: 'Al centesimo, sempre per eccesso' },
];

export const REI_PARAMETER_GROUPS: ParameterGroup[] = [
  {
    title: 'Requisiti economici',
    fields: [
      { key: 'iseeMax', label: 'Soglia ISEE', kind: 'money' },
      { key: 'isreMax', label: 'Soglia ISRE', kind: 'money' },
      {
        key: 'realEstateMax',
        label: 'Patrimonio immobiliare massimo (esclusa la casa di abitazione)',
        kind: 'money',
      },
      {
        key: 'movableAssetsMax',
        label: 'Patrimonio mobiliare massimo',
        kind: 'moneyList',
        helper: 'Per 1, 2, 3 o più componenti, in ordine crescente',
      },
      {
        key: 'vehicleMonths',
        label: 'Mesi senza immatricolazioni di autoveicoli',
        kind: 'months',
        optional: true,
        helper: 'Se assente: 24',
      },
      {
        key: 'residenceYears',
        label: 'Anni di residenza in Italia richiesti',
        kind: 'count',
        optional: true,
        helper: 'Se assente: 2',
      },
      {
        key: 'familyCompositionRequiredUntil',
        label: 'Requisiti familiari richiesti per le domande fino al',
        kind: 'date',
        helper: 'Vuoto se non più richiesti',
      },
    ],
  },
  {
    title: 'Calcolo del beneficio',
    fields: [
      {
        key: 'scale',
        label: 'Scala di equivalenza',
        kind: 'factorList',
        helper: 'Per 1, 2, 3… componenti',
      },
      {
        key: 'scaleIncrementPerExtraMember',
        label: 'Incremento della scala per ogni componente in più',
        kind: 'factor',
      },
      { key: 'thresholdBase', label: 'Soglia di riferimento annua', kind: 'money' },
      { key: 'thresholdFactor', label: 'Coefficiente della soglia', kind: 'factor' },
      { key: 'annualAssegnoSociale', label: 'Assegno sociale annuo', kind: 'money' },
      { key: 'capFactor', label: 'Coefficiente del massimale', kind: 'factor' },
      {
        key: 'capOrder',
        label: 'Ordine tra massimale e ISR',
        kind: 'choice',
        choices: CAP_ORDER_CHOICES,
      },
      {
        key: 'roundingMode',
        label: 'Arrotondamento',
        kind: 'choice',
        choices: ROUNDING_CHOICES,
      },
      { key: 'minimumMonthlyAmount', label: 'Importo mensile minimo erogabile', kind: 'money' },
    ],
  },
  {
    title: 'Durata',
    fields: [
      { key: 'durationMonths', label: 'Durata (mesi)', kind: 'months' },
      { key: 'renewalGapMonths', label: 'Mesi di attesa prima del rinnovo', kind: 'months' },
      { key: 'renewalMonths', label: 'Durata del rinnovo (mesi)', kind: 'months' },
      {
        key: 'maxRenewals',
        label: 'Rinnovi possibili',
        kind: 'count',
        optional: true,
        helper: 'Se assente: 1',
      },
    ],
  },
  {
    title: 'Scadenze',
    fields: [
      {
        key: 'deadlines.sendToInpsWorkingDays',
        label: 'Invio all’INPS (giorni lavorativi)',
        kind: 'days',
      },
      {
        key: 'deadlines.inpsAnswerWorkingDays',
        label: 'Risposta dell’INPS (giorni lavorativi)',
        kind: 'days',
      },
      {
        key: 'deadlines.preliminaryAssessmentDays',
        label: 'Analisi preliminare (giorni)',
        kind: 'days',
      },
      {
        key: 'deadlines.projectSignatureWorkingDays',
        label: 'Sottoscrizione del progetto (giorni lavorativi)',
        kind: 'days',
      },
    ],
  },
];

export const REI_PARAMETER_FIELDS = REI_PARAMETER_GROUPS.flatMap((g) => g.fields);

const LIST_KINDS = new Set<ParameterKind>(['moneyList', 'factorList']);

/** A value of the set at `key` (`deadlines.x` reads the nested object). */
export function valueAt(values: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (v, part) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined),
      values,
    );
}

/**
 * The set's values as the form holds them: lists as `[{ value }]` (react-admin's ArrayInput
 * wants objects), the rest as they are.
 */
export function toFormValues(values: Record<string, unknown>): Record<string, unknown> {
  const form: Record<string, unknown> = structuredClone(values);
  for (const field of REI_PARAMETER_FIELDS)
    if (LIST_KINDS.has(field.kind) && Array.isArray(values[field.key]))
      form[field.key] = (values[field.key] as unknown[]).map((value) => ({ value }));
  return form;
}

/** Back from the form: lists flat again, an empty optional parameter or date left out / null. */
export function fromFormValues(form: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = structuredClone(form);
  for (const field of REI_PARAMETER_FIELDS) {
    if (LIST_KINDS.has(field.kind) && Array.isArray(form[field.key]))
      values[field.key] = (form[field.key] as { value?: unknown }[]).map((item) => item?.value);
    if (field.optional && (values[field.key] === null || values[field.key] === ''))
      delete values[field.key];
    if (field.kind === 'date' && !values[field.key]) values[field.key] = null;
  }
  return values;
}
