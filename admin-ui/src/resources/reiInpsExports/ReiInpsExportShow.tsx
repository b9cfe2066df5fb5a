import {
  ArrayField,
  DataTable,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { InstantField } from '../../common/fields';
import { ReiStatusField } from '../reiApplications/ReiStatusChip';
import { DownloadExportButton } from './DownloadExportButton';

/** Un invio all'INPS: the file, its hash, and the applications it carried. */
export default function ReiInpsExportShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <DownloadExportButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="fileName" />
        <InstantField source="createdAt" />
        <TextField source="createdBy" />
        <NumberField source="applicationCount" />
        <TextField source="sha256" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
        <ArrayField source="applications">
          <DataTable bulkActionButtons={false} rowClick={(id) => `/reiApplications/${id}/show`}>
            <DataTable.Col
              source="protocolNumber"
              label="resources.reiApplications.fields.protocolNumber"
            />
            <DataTable.Col
              source="applicantName"
              label="resources.reiApplications.fields.applicant"
            />
            <DataTable.Col
              source="status"
              label="resources.reiApplications.fields.status"
              field={ReiStatusField}
            />
          </DataTable>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
