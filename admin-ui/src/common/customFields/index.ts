export { CustomFieldInput } from './CustomFieldInput';
export { CustomFieldInputs, CustomFieldSections } from './CustomFieldInputs';
export { CustomFieldsShow } from './CustomFieldsShow';
export { customFieldFilters, useCustomFieldFilters } from './customFieldFilters';
export { formatCustomValue } from './customFieldValue';
export {
  choicesOf,
  CONFIGURATION_QUERY_KEY,
  useConfigurationChanged,
  useCustomFields,
  useValueList,
} from './useCustomFields';
export { isCustomFieldVisible } from './visibility';
export type * from './types';
