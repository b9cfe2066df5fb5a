import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Button,
  DataTable,
  List,
  NumberField,
  ShowButton,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { InstantField } from '../../common/fields';
import { ImportStatusChip } from './ImportJobReport';
import type { ImportJob } from './importOperations';
import { EmptyList } from '../../common/EmptyList';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatInstant } from '../../i18n/format';
import { RecordLinkField } from '../../common/RecordLinkField';

function StatusField(_props: { source?: string }) {
  const record = useRecordContext<ImportJob>();
  return record ? <ImportStatusChip status={record.status} /> : null;
}

const ListActions = () => (
  <TopToolbar>
    <Button
      label="resources.siussImports.action.title"
      component={Link}
      to="/siussImports/create"
      variant="contained"
    >
      <UploadFileIcon />
    </Button>
  </TopToolbar>
);

// On a phone: the file, when, the status.
const card: RecordCard<ImportJob> = {
  primaryText: (r) => r.fileName,
  secondaryText: (r) => `${formatInstant(r.createdAt)} · ${r.format}`,
  tertiaryText: (r) => <ImportStatusChip status={r.status} />,
  link: 'show',
};

/** Importazioni SIUSS: every file imported, its counts and its rejected rows. */
export default function SiussImportList() {
  return (
    <List empty={<EmptyList />} exporter={false} actions={<ListActions />}>
      <ResponsiveDataTable card={card} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt" field={InstantField} disableSort />
        <DataTable.Col source="fileName" field={RecordLinkField} disableSort />
        <DataTable.Col source="format" disableSort />
        <DataTable.Col source="status" field={StatusField} disableSort />
        <DataTable.Col source="rows" field={NumberField} disableSort />
        <DataTable.Col source="accepted" field={NumberField} disableSort />
        <DataTable.Col source="rejected" field={NumberField} disableSort />
        <DataTable.Col label="app.action.actions" disableSort>
          <ShowButton />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
