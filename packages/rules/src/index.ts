// Browser-safe: no Node APIs, no I/O. The console and the services import the same rules from here.
export { isFieldVisible, type VisibilityCondition } from './customFieldVisibility';
export {
  CONFIGURABLE_ENTITIES,
  FIELD_TYPES,
  LIST_FIELD_TYPES,
  NUMBER_FIELD_TYPES,
  TEXT_FIELD_TYPES,
  type ConfigurableEntity,
  type FieldType,
} from './customFieldTypes';
export { isIsoDate } from './dates';
export {
  conditionProblems,
  conditionValueFits,
  FILTER_NOT_AN_OBJECT,
  INDICATOR_OPERATORS,
  MAX_CONDITION_TEXT,
  MAX_CONDITION_VALUES,
  type ConditionProblem,
  type IndicatorField,
  type IndicatorFieldType,
  type IndicatorOperator,
} from './indicatorConditions';
export { AGE_BANDS, ISEE_BANDS, NO_ISEE_BAND, ageBand } from './bands';
export {
  IMPORT_JOB_STATUS_LABELS,
  REI_STATUS_LABELS,
  SOCIAL_BENEFIT_STATUS_LABELS,
  TRANSMISSION_STATUS_LABELS,
} from './statusLabels';
export {
  IMPORT_JOB_STATUSES,
  REI_CHECK_CODES,
  REI_CHECKABLE_STATUSES,
  REI_STATUSES,
  SOCIAL_BENEFIT_STATUSES,
  TRANSMISSION_STATUSES,
  type ImportJobStatus,
  type ReiCheckCode,
  type ReiStatus,
  type SocialBenefitStatus,
  type TransmissionStatus,
} from './statuses';
export {
  isReferralDecided,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  REFERRAL_URGENCY_LABELS,
  type ReferralStatus,
  type ReferralUrgency,
} from './referrals';
export {
  AUDIT_EVENT_SORT_FIELDS,
  REFERRAL_SORT_FIELDS,
  HOUSEHOLD_SORT_FIELDS,
  INPS_EXPORT_SORT_FIELDS,
  REI_APPLICATION_SORT_FIELDS,
  SOCIAL_BENEFIT_SORT_FIELDS,
  SOCIAL_CASE_SORT_FIELDS,
  SUBJECT_SORT_FIELDS,
  SUPPORT_GRANT_SORT_FIELDS,
  USER_SORT_FIELDS,
  sortFieldValue,
} from './listSorts';
export { REI_PARAMETER_SETS, reiParameterSet, type ReiParameterSetSeed } from './reiParameterSets';
export {
  FORM_LIMITS,
  formErrors,
  isNewVersion,
  scoreAssessment,
  scoreRange,
  type AssessmentBand,
  type AssessmentFieldError,
  type AssessmentFormDefinition,
  type AssessmentItem,
  type AssessmentOption,
  type AssessmentResult,
} from './assessmentForms';
export { SIUSS_USER_AREA_OF_CASE_AREA, siussUserAreaOf, type SiussUserArea } from './caseAreas';
