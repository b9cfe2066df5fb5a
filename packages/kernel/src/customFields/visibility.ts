// The rule lives in @sisa/rules, shared with the console.
export { isFieldVisible } from '@sisa/rules';
