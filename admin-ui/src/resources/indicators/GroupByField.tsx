import { useRecordContext } from 'react-admin';
import { useIndicatorFields } from '../fieldDefinitions/useIndicatorFields';

const GRANULARITY: Record<string, string> = { month: 'mese', year: 'anno' };

/** An indicator's group field by its name ("Sesso", "Data di inserimento (mese)"), not its code. */
export function GroupByField() {
  const record = useRecordContext<{ entity: string; groupBy: string | null }>();
  const { data: fields = [] } = useIndicatorFields(record?.groupBy ? record.entity : undefined);
  if (!record?.groupBy) return null;
  const [name = '', granularity] = record.groupBy.split(':');
  const label = fields.find((f) => f.name === name)?.label ?? name;
  return <>{granularity ? `${label} (${GRANULARITY[granularity] ?? granularity})` : label}</>;
}
