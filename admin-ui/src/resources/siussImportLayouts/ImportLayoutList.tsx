import { DataTable, DeleteButton, EditButton, List, useRecordContext } from 'react-admin';
import { InstantField } from '../../common/fields';
import { EmptyList } from '../../common/EmptyList';
import { RecordLinkField } from '../../common/RecordLinkField';

function ColumnCount(_props: { source?: string }) {
  const record = useRecordContext<{ columns: unknown[] }>();
  return record ? <>{record.columns.length}</> : null;
}

function KindField(_props: { source?: string }) {
  const record = useRecordContext<{ kind: string }>();
  return record ? <>{record.kind === 'FIXED_WIDTH' ? 'TXT' : 'CSV / XLSX / TXT'}</> : null;
}

/** Tracciati di importazione: how the comune's files are read, saved once and reused. */
export default function ImportLayoutList() {
  return (
    <List empty={<EmptyList />} exporter={false} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" field={RecordLinkField} />
        <DataTable.Col source="kind" field={KindField} />
        <DataTable.Col source="columns" field={ColumnCount} disableSort />
        <DataTable.Col source="updatedAt" field={InstantField} />
        <DataTable.Col label="app.action.actions" disableSort>
          <EditButton />
          <DeleteButton mutationMode="pessimistic" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
