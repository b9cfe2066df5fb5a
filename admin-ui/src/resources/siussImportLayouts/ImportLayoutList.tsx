import { DataTable, DeleteButton, EditButton, List, useRecordContext } from 'react-admin';
import { InstantField } from '../../common/fields';
import { EmptyList } from '../../common/EmptyList';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatInstant } from '../../i18n/format';
import { RecordLinkField } from '../../common/RecordLinkField';

function ColumnCount(_props: { source?: string }) {
  const record = useRecordContext<{ columns: unknown[] }>();
  return record ? <>{record.columns.length}</> : null;
}

function KindField(_props: { source?: string }) {
  const record = useRecordContext<{ kind: string }>();
  return record ? <>{record.kind === 'FIXED_WIDTH' ? 'TXT' : 'CSV / XLSX / TXT'}</> : null;
}

// On a phone: the layout's name and kind; a tap opens it.
const card: RecordCard = {
  primaryText: (r) => r.name,
  secondaryText: (r) => (r.kind === 'FIXED_WIDTH' ? 'TXT' : 'CSV / XLSX / TXT'),
  tertiaryText: (r) => formatInstant(r.updatedAt),
  link: 'edit',
};

/** Tracciati di importazione: how the comune's files are read, saved once and reused. */
export default function ImportLayoutList() {
  return (
    <List empty={<EmptyList />} exporter={false} sort={{ field: 'name', order: 'ASC' }}>
      <ResponsiveDataTable card={card} rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" field={RecordLinkField} />
        <DataTable.Col source="kind" field={KindField} />
        <DataTable.Col source="columns" field={ColumnCount} disableSort />
        <DataTable.Col source="updatedAt" field={InstantField} />
        <DataTable.Col label="app.action.actions" disableSort>
          <EditButton />
          <DeleteButton mutationMode="pessimistic" />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
