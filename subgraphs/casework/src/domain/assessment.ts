/**
 * Valutazioni multidimensionali: the form rules (checks, score and band) are one source in
 * `@sisa/rules`, shared with the config subgraph (which keeps the forms) and the console.
 */
export {
  FORM_LIMITS,
  formErrors,
  isNewVersion,
  scoreAssessment,
  scoreRange,
  type AssessmentBand,
  type AssessmentFormDefinition,
  type AssessmentItem,
  type AssessmentOption,
  type AssessmentResult,
} from '@sisa/rules';
