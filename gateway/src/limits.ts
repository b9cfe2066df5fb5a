import { QUERY_LIMITS, queryLimitRules } from '@sisa/kernel';

export { QUERY_LIMITS };

/** Validation rules that refuse too deep, too aliased or too costly operations (kernel's limits). */
export const limitRules = queryLimitRules(QUERY_LIMITS);
