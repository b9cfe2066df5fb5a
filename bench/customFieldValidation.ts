/**
 * CPU cost that custom-field validation adds to a write (goal: under 1 ms per `createSubject` with
 * 20 custom fields): the kernel's `validateCustomFields` with 20 definitions of mixed types, and
 * the same through `TenantConfig.validate` (what a subgraph calls, the configuration already
 * cached), measured with process.cpuUsage over many iterations. No I/O is involved.
 *
 *   npm run build && NODE_ENV=production npx tsx bench/customFieldValidation.ts [iterations=100000]
 */
import {
  TenantConfig,
  validateCustomFields,
  type CustomFieldDefinition,
  type ValueList,
} from '@sisa/kernel';

const ITERATIONS = Number(process.argv[2] ?? 100_000);
const ROUNDS = 5;

const field = (
  key: string,
  type: CustomFieldDefinition['type'],
  extra: Partial<CustomFieldDefinition> = {},
): CustomFieldDefinition => ({
  entity: 'SUBJECT',
  key,
  label: key,
  type,
  required: false,
  position: 0,
  active: true,
  ...extra,
});

/** 20 fields as a comune might define them: texts with formats, numbers with bounds, lists, conditions. */
const DEFINITIONS: CustomFieldDefinition[] = [
  field('iban', 'TEXT', { pattern: 'IT[0-9]{2}[A-Z][0-9]{10}[0-9A-Z]{12}', required: true }),
  field('tesseraSanitaria', 'TEXT', { min: 20, max: 20 }),
  field('professione', 'TEXT', { max: 100 }),
  field('medicoCurante', 'TEXT'),
  field('noteServizio', 'LONG_TEXT', { max: 4000 }),
  field('storiaFamiliare', 'LONG_TEXT'),
  field('figliACarico', 'INTEGER', { min: 0, max: 20, required: true }),
  field('anniResidenza', 'INTEGER', { min: 0, max: 120 }),
  field('oreAssistenza', 'INTEGER', { min: 0, max: 168 }),
  field('redditoDichiarato', 'DECIMAL', { min: 0 }),
  field('canoneAffitto', 'DECIMAL', { min: 0, max: 10000 }),
  field('invalidita', 'BOOLEAN'),
  field('percentualeInvalidita', 'INTEGER', {
    min: 1,
    max: 100,
    visibleWhen: { field: 'invalidita', equals: true },
    required: true,
  }),
  field('dataPresaInCarico', 'DATE', { required: true }),
  field('scadenzaPermesso', 'DATE', { visibleWhen: { field: 'citizenshipCode', equals: '586' } }),
  field('zona', 'SELECT', { listKey: 'zona', required: true }),
  field('comuneProvenienza', 'SELECT', { listKey: 'comune' }),
  field('bisogni', 'MULTI_SELECT', { listKey: 'bisogni', max: 5 }),
  field('emailReferente', 'EMAIL'),
  field('telefonoReferente', 'PHONE'),
];

const list = (key: string, size: number): ValueList => ({
  key,
  label: key,
  system: false,
  items: Array.from({ length: size }, (_, i) => ({
    code: `${key.toUpperCase()}_${i}`,
    label: `Voce ${i}`,
    active: true,
    position: i,
  })),
});
const LISTS = [list('zona', 12), list('comune', 7900), list('bisogni', 40)];

const INPUT = {
  iban: 'IT60X0542811101000000123456',
  tesseraSanitaria: '80380800000000000001',
  professione: '  operaio   edile ',
  medicoCurante: 'Dott.ssa Anna Verdi',
  noteServizio: 'Nucleo seguito dal 2017; colloquio mensile con l’assistente sociale.',
  storiaFamiliare: 'Separazione nel 2015, due figli minori affidati alla madre.',
  figliACarico: 2,
  anniResidenza: '12',
  oreAssistenza: 6,
  redditoDichiarato: 8450.5,
  canoneAffitto: '520.00',
  invalidita: true,
  percentualeInvalidita: 67,
  dataPresaInCarico: '2018-03-12',
  scadenzaPermesso: '2019-06-30',
  zona: 'ZONA_3',
  comuneProvenienza: 'COMUNE_4120',
  bisogni: ['BISOGNI_1', 'BISOGNI_7', 'BISOGNI_7', 'BISOGNI_22'],
  emailReferente: 'Referente@Example.org',
  telefonoReferente: '+39 02 1234 5678',
};
const BUILT_IN = { sex: 'F', citizenshipCode: '586' };

/** Definitions of every entity (a tenant configures more than subjects): the filter by entity counts too. */
const ALL_DEFINITIONS = [
  ...DEFINITIONS,
  ...DEFINITIONS.map((d) => ({ ...d, entity: 'HOUSEHOLD' as const })),
  ...DEFINITIONS.map((d) => ({ ...d, entity: 'REI_APPLICATION' as const })),
];
const config = new TenantConfig(1, ALL_DEFINITIONS, LISTS);
const listCodes = (key: string) => config.listCodes(key);

function measure(name: string, call: () => void): number {
  for (let i = 0; i < Math.min(ITERATIONS, 20_000); i++) call(); // warm-up: let the JIT settle
  const perCall: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < ITERATIONS; i++) call();
    const used = process.cpuUsage(before);
    perCall.push((used.user + used.system) / ITERATIONS);
  }
  perCall.sort((a, b) => a - b);
  const median = perCall[Math.floor(ROUNDS / 2)]!;
  console.log(
    `${name.padEnd(62)} ${median.toFixed(2).padStart(7)} µs CPU per call (rounds: ${perCall.map((v) => v.toFixed(2)).join(', ')})`,
  );
  return median;
}

function main() {
  const check = validateCustomFields(DEFINITIONS, INPUT, { listCodes, builtIn: BUILT_IN });
  if (check.errors.length)
    throw new Error(`The benchmark input should be valid: ${JSON.stringify(check.errors)}`);
  const stored = check.values;
  const invalid = {
    ...INPUT,
    iban: 'IT00',
    figliACarico: -1,
    zona: 'ALTROVE',
    emailReferente: 'no',
  };

  console.log(
    `Node ${process.version}, NODE_ENV=${process.env.NODE_ENV ?? ''}, ${ITERATIONS} calls × ${ROUNDS} rounds, 20 SUBJECT fields (of ${ALL_DEFINITIONS.length})\n`,
  );
  const create = measure('validateCustomFields: create, 20 values', () => {
    validateCustomFields(DEFINITIONS, INPUT, { listCodes, builtIn: BUILT_IN });
  });
  measure('validateCustomFields: update of 2 values over 20 stored', () => {
    validateCustomFields(
      DEFINITIONS,
      { zona: 'ZONA_5', figliACarico: 3 },
      { listCodes, builtIn: BUILT_IN },
      stored,
    );
  });
  measure('validateCustomFields: create with 4 invalid values', () => {
    validateCustomFields(DEFINITIONS, invalid, { listCodes, builtIn: BUILT_IN });
  });
  const throughClient = measure('TenantConfig.validate (what a subgraph calls): create', () => {
    config.validate('SUBJECT', INPUT, undefined, BUILT_IN);
  });
  const worst = Math.max(create, throughClient);
  console.log(
    `\nCost added to a createSubject with 20 custom fields: ${worst.toFixed(1)} µs of CPU (goal: under 1000 µs) — ${worst < 1000 ? 'met' : 'NOT met'}`,
  );
}

main();
