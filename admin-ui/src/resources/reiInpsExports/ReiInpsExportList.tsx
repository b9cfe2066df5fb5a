import { InstantField } from '../../common/fields';
import { DownloadExportButton } from './DownloadExportButton';
import { EmptyList } from '../../common/EmptyList';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatInstant } from '../../i18n/format';
import { DataTable, List, NumberField, ShowButton } from 'react-admin';
import { RecordLinkField } from '../../common/RecordLinkField';

// On a phone: the file, when and by whom, how many applications.
const card: RecordCard = {
  primaryText: (r) => r.fileName,
  secondaryText: (r) => `${formatInstant(r.createdAt)} · ${r.createdBy ?? ''}`,
  tertiaryText: (r) => r.applicationCount,
  link: 'show',
};

/** Invii all'INPS: every file prepared for the INPS portal, newest first, to download again. */
export default function ReiInpsExportList() {
  return (
    <List empty={<EmptyList />} exporter={false}>
      <ResponsiveDataTable card={card} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt" field={InstantField} disableSort />
        <DataTable.Col source="fileName" field={RecordLinkField} disableSort />
        <DataTable.Col source="applicationCount" field={NumberField} disableSort />
        <DataTable.Col source="createdBy" disableSort />
        <DataTable.Col label="app.action.actions" disableSort>
          <DownloadExportButton />
          <ShowButton />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
