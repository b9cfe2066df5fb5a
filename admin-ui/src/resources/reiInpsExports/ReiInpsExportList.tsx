import { DataTable, List, NumberField, ShowButton } from 'react-admin';
import { InstantField } from '../../common/fields';
import { DownloadExportButton } from './DownloadExportButton';
import { EmptyList } from '../../common/EmptyList';
import { RecordLinkField } from '../../common/RecordLinkField';

/** Invii all'INPS: every file prepared for the INPS portal, newest first, to download again. */
export default function ReiInpsExportList() {
  return (
    <List empty={<EmptyList />} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt" field={InstantField} disableSort />
        <DataTable.Col source="fileName" field={RecordLinkField} disableSort />
        <DataTable.Col source="applicationCount" field={NumberField} disableSort />
        <DataTable.Col source="createdBy" disableSort />
        <DataTable.Col label="app.action.actions" disableSort>
          <DownloadExportButton />
          <ShowButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
