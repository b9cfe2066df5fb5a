/**
 * Time to validate a value against a hostile custom-field pattern (issue: `^((a+))+$` on 28
 * characters held a subgraph 11 s with the backtracking engine, 35 characters 5 minutes). With
 * RE2 the time grows with the text, linearly. Also large accepted programs. The first line of
 * each pattern includes its compilation (then cached).
 *
 *   NODE_ENV=production npx tsx --conditions=sisa-source bench/hostileFieldPattern.ts
 */
import { validateCustomFields, type CustomFieldDefinition } from '@sisa/kernel';

const field = (pattern: string): CustomFieldDefinition => ({
  entity: 'SUBJECT',
  key: 'codice',
  label: 'Codice',
  type: 'LONG_TEXT',
  required: false,
  position: 0,
  active: true,
  pattern,
});
const context = { listCodes: () => undefined };

for (const pattern of ['^((a+))+$', '(a?){150}a{150}', '((a{1,7}){1,7}){1,7}']) {
  for (const length of [28, 35, 1000, 10000]) {
    const value = `${'a'.repeat(length - 1)}!`;
    const started = process.hrtime.bigint();
    const { errors } = validateCustomFields([field(pattern)], { codice: value }, context);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(
      `${pattern.padEnd(24)} ${String(length).padStart(6)} characters: ${ms.toFixed(2).padStart(8)} ms (${errors[0]?.message ?? 'valido'})`,
    );
  }
}
