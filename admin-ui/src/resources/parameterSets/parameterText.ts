import { toItalianAmountText } from '../../common/italianAmount';
import { formatAmount, formatDay } from '../../i18n/format';
import type { ParameterField } from './reiParameterFields';

/** A parameter's value as people read it: € 6.000,00, 0,75, 18, 31/05/2018, an Italian name. */
export function parameterText(field: ParameterField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (field.kind) {
    case 'money':
      return formatAmount(value as string);
    case 'moneyList':
      return Array.isArray(value) ? value.map((v) => formatAmount(v as string)).join(' · ') : '—';
    case 'factor':
      return toItalianAmountText(value);
    case 'factorList':
      return Array.isArray(value) ? value.map((v) => toItalianAmountText(v)).join(' · ') : '—';
    case 'date':
      return formatDay(value as string);
    case 'choice':
      return field.choices?.find((c) => c.id === value)?.name ?? String(value);
    default:
      return String(value);
  }
}
