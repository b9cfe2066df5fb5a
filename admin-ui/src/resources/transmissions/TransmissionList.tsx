import {
  DataTable,
  List,
  NumberField,
  ShowButton,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EmptyList } from '../../common/EmptyList';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatInstant } from '../../i18n/format';
import { RecordLinkField } from '../../common/RecordLinkField';

function FlowField(_props: { source?: string }) {
  const record = useRecordContext<{ flow: string }>();
  const translate = useTranslate();
  return record ? (
    <>{translate(`resources.transmissions.flow.${record.flow}`, { _: record.flow })}</>
  ) : null;
}

function FileCount(_props: { source?: string }) {
  const record = useRecordContext<{ files: unknown[] }>();
  return record ? <>{record.files.length}</> : null;
}

/** Invii SIUSS: every transmission to INPS, newest first, with its files. */
export default function TransmissionList() {
  const translate = useTranslate();
  const card: RecordCard = {
    primaryText: (r) => translate(`resources.transmissions.flow.${r.flow}`, { _: r.flow }),
    secondaryText: (r) => `${formatInstant(r.createdAt)} · ${r.createdBy ?? ''}`,
    tertiaryText: (r) => r.benefitCount,
    link: 'show',
  };
  return (
    <List empty={<EmptyList />} exporter={false}>
      <ResponsiveDataTable card={card} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt" disableSort>
          <RecordLinkField<{ id: string; createdAt: string }>
            render={(t) => formatInstant(t.createdAt)}
          />
        </DataTable.Col>
        <DataTable.Col source="flow" field={FlowField} disableSort />
        <DataTable.Col source="benefitCount" field={NumberField} disableSort />
        <DataTable.Col source="recordCount" field={NumberField} disableSort />
        <DataTable.Col source="files" field={FileCount} disableSort />
        <DataTable.Col source="createdBy" disableSort />
        <DataTable.Col label="app.action.actions" disableSort>
          <ShowButton />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
