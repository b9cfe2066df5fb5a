import { useRecordContext } from 'react-admin';
import { useCustomFields, type FieldDefinition } from '../../common/customFields';
import { useIndicatorFields } from './useIndicatorFields';

/** "Canale di accesso = Invio da altro servizio": a visibility condition by names, not codes. */
export function VisibleWhenField() {
  const record = useRecordContext<FieldDefinition>();
  const condition = record?.visibleWhen;
  const { data: fields = [] } = useIndicatorFields(condition ? record.entity : undefined);
  const { definitions, choices } = useCustomFields(record?.entity ?? 'SUBJECT', Boolean(condition));
  if (!record || !condition) return null;
  const name = condition.field.startsWith('customFields.')
    ? condition.field
    : definitions.some((d) => d.key === condition.field)
      ? `customFields.${condition.field}`
      : condition.field;
  const label = fields.find((f) => f.name === name)?.label ?? condition.field;
  const custom = definitions.find((d) => `customFields.${d.key}` === name);
  const value =
    typeof condition.equals === 'boolean'
      ? condition.equals
        ? 'Sì'
        : 'No'
      : ((custom?.listKey &&
          choices[custom.listKey]?.find((item) => item.code === condition.equals)?.label) ??
        String(condition.equals));
  return <>{`${label} = ${value}`}</>;
}
