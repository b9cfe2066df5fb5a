export { CustomFieldInput } from './CustomFieldInput';
export { CustomFieldInputs } from './CustomFieldInputs';
export type * from './types';
