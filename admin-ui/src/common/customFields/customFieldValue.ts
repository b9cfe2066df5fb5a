import { formatDay } from '../../i18n/format';
import { toItalianAmountText } from '../italianAmount';
import type { ChoicesByList, FieldDefinition } from './types';

const numberFormat = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 6 });

/** A stored custom value as people read it: Sì/No, dd/mm/yyyy, list labels, Italian numbers. */
export function formatCustomValue(
  definition: FieldDefinition,
  value: unknown,
  choices: ChoicesByList,
): string {
  if (value === null || value === undefined || value === '') return '';
  const label = (code: unknown) =>
    choices[definition.listKey ?? '']?.find((item) => item.code === code)?.label ?? String(code);
  switch (definition.type) {
    case 'BOOLEAN':
      return value === true ? 'Sì' : value === false ? 'No' : String(value);
    case 'DATE':
      return formatDay(String(value));
    case 'INTEGER':
      return typeof value === 'number' ? numberFormat.format(value) : String(value);
    case 'DECIMAL':
      // Stored as exact strings ("187.50" → "187,50"); numbers only in values saved long ago.
      return typeof value === 'number' ? numberFormat.format(value) : toItalianAmountText(value);
    case 'SELECT':
      return label(value);
    case 'MULTI_SELECT':
      return Array.isArray(value) ? value.map(label).join(', ') : label(value);
    default:
      return String(value);
  }
}
