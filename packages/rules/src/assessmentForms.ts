/**
 * Valutazioni multidimensionali: forms the comune defines (items with options and their scores,
 * bands of the total), versioned: a changed form is a new version, and an assessment keeps the
 * version it was made on. An assessment's answers map item keys to option codes; its score is the
 * sum of the chosen options' scores, its band the label of the band holding the score.
 *
 * One source: the config subgraph checks a form with `formErrors` before saving a version, the
 * casework subgraph scores assessments with `scoreAssessment`, the console says the same first.
 */

/** A problem with one field (the shape of the kernel's `FieldError`, which the services raise). */
export interface AssessmentFieldError {
  field: string;
  message: string;
}

export interface AssessmentOption {
  code: string;
  label: string;
  score: number;
}
export interface AssessmentItem {
  key: string;
  label: string;
  options: AssessmentOption[];
}
export interface AssessmentBand {
  min: number;
  max: number;
  label: string;
}
export interface AssessmentFormDefinition {
  key: string;
  label: string;
  items: AssessmentItem[];
  bands: AssessmentBand[];
}

/** The most items, options per item, bands, characters of a label and points of an option. */
export const FORM_LIMITS = { items: 200, options: 20, bands: 20, label: 300, score: 1000 };
const KEY = /^[a-z][a-z0-9_]{0,49}$/;
const CODE = /^[A-Z0-9][A-Z0-9_]{0,49}$/;

/** The lowest and highest total a form allows (one option per item). */
export function scoreRange(items: readonly AssessmentItem[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const item of items) {
    const scores = item.options.map((o) => o.score);
    min += Math.min(...scores);
    max += Math.max(...scores);
  }
  return { min, max };
}

/**
 * Field errors of a form definition (paths `input.items[i].options[j].code`): keys and codes
 * well formed and unique, integer scores within ±1000, bands in order, not overlapping, and
 * covering every total the form allows, so every assessment gets a band.
 */
export function formErrors(form: AssessmentFormDefinition): AssessmentFieldError[] {
  const errors: AssessmentFieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: `input.${field}`, message });
  const label = (field: string, value: string) => {
    if (!value.trim()) add(field, 'Obbligatorio');
    else if (value.length > FORM_LIMITS.label)
      add(field, `Al massimo ${FORM_LIMITS.label} caratteri`);
  };
  if (!KEY.test(form.key))
    add(
      'key',
      'Lettere minuscole, cifre e trattino basso, iniziando con una lettera (es. autonomia_adl)',
    );
  label('label', form.label);
  if (form.items.length === 0) add('items', 'Il modulo deve avere almeno una voce');
  if (form.items.length > FORM_LIMITS.items) {
    add('items', `Al massimo ${FORM_LIMITS.items} voci`);
    return errors;
  }
  const itemKeys = new Set<string>();
  form.items.forEach((item, i) => {
    const at = `items[${i}]`;
    if (!KEY.test(item.key)) add(`${at}.key`, 'Lettere minuscole, cifre e trattino basso');
    else if (itemKeys.has(item.key)) add(`${at}.key`, `Voce ripetuta: ${item.key}`);
    itemKeys.add(item.key);
    label(`${at}.label`, item.label);
    if (item.options.length < 2) add(`${at}.options`, 'Ogni voce ha almeno due risposte');
    if (item.options.length > FORM_LIMITS.options)
      add(`${at}.options`, `Al massimo ${FORM_LIMITS.options} risposte per voce`);
    const codes = new Set<string>();
    item.options.forEach((option, j) => {
      const o = `${at}.options[${j}]`;
      if (!CODE.test(option.code)) add(`${o}.code`, 'Lettere maiuscole, cifre e trattino basso');
      else if (codes.has(option.code)) add(`${o}.code`, `Risposta ripetuta: ${option.code}`);
      codes.add(option.code);
      label(`${o}.label`, option.label);
      if (!Number.isInteger(option.score) || Math.abs(option.score) > FORM_LIMITS.score)
        add(`${o}.score`, `Un numero intero tra -${FORM_LIMITS.score} e ${FORM_LIMITS.score}`);
    });
  });
  if (form.bands.length === 0) add('bands', 'Indicare almeno una fascia di punteggio');
  if (form.bands.length > FORM_LIMITS.bands) add('bands', `Al massimo ${FORM_LIMITS.bands} fasce`);
  form.bands.forEach((band, i) => {
    label(`bands[${i}].label`, band.label);
    if (!Number.isInteger(band.min) || !Number.isInteger(band.max) || band.min > band.max)
      add(`bands[${i}].max`, 'Il massimo non può essere minore del minimo');
  });
  if (errors.length) return errors;
  const sorted = form.bands.map((b, i) => ({ ...b, i })).sort((a, b) => a.min - b.min);
  for (let k = 1; k < sorted.length; k++) {
    const before = sorted[k - 1]!;
    const band = sorted[k]!;
    if (band.min <= before.max)
      add(`bands[${band.i}].min`, `Si sovrappone alla fascia «${before.label}»`);
    else if (band.min > before.max + 1)
      add(
        `bands[${band.i}].min`,
        `Nessuna fascia per i punteggi da ${before.max + 1} a ${band.min - 1}`,
      );
  }
  const { min, max } = scoreRange(form.items);
  if (sorted[0]!.min > min)
    add('bands', `Nessuna fascia per i punteggi da ${min} a ${sorted[0]!.min - 1}`);
  if (sorted[sorted.length - 1]!.max < max)
    add('bands', `Nessuna fascia per i punteggi da ${sorted[sorted.length - 1]!.max + 1} a ${max}`);
  return errors;
}

/** Whether `next` differs from `current` in anything an assessment depends on (a new version). */
export function isNewVersion(
  current: AssessmentFormDefinition,
  next: AssessmentFormDefinition,
): boolean {
  const shape = (f: AssessmentFormDefinition) =>
    JSON.stringify({
      label: f.label,
      items: f.items.map((i) => ({
        key: i.key,
        label: i.label,
        options: i.options.map((o) => [o.code, o.label, o.score]),
      })),
      bands: f.bands.map((b) => [b.min, b.max, b.label]),
    });
  return shape(current) !== shape(next);
}

export type AssessmentResult = { score: number; band: string } | { errors: AssessmentFieldError[] };

/**
 * The score and band of answers on a form (paths `answers.<item>`): every item answered with one
 * of its options, nothing else.
 */
export function scoreAssessment(
  form: Pick<AssessmentFormDefinition, 'items' | 'bands'>,
  answers: unknown,
): AssessmentResult {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return {
      errors: [{ field: 'answers', message: 'Le risposte sono un oggetto { voce: codice }' }],
    };
  const given = answers as Record<string, unknown>;
  const errors: AssessmentFieldError[] = [];
  const items = new Map(form.items.map((i) => [i.key, i]));
  for (const key of Object.keys(given))
    if (!items.has(key))
      errors.push({ field: `answers.${key}`, message: 'Voce non presente nel modulo' });
  let score = 0;
  for (const item of form.items) {
    const code = given[item.key];
    const option = item.options.find((o) => o.code === code);
    if (code === undefined || code === null || code === '')
      errors.push({ field: `answers.${item.key}`, message: `Manca la risposta a «${item.label}»` });
    else if (!option)
      errors.push({
        field: `answers.${item.key}`,
        message: `Risposta non prevista per «${item.label}»: ${String(code)}`,
      });
    else score += option.score;
  }
  if (errors.length) return { errors };
  const band = form.bands.find((b) => b.min <= score && score <= b.max);
  if (!band)
    return { errors: [{ field: 'answers', message: `Nessuna fascia per il punteggio ${score}` }] };
  return { score, band: band.label };
}
