import { BooleanField, DataTable, List, TextInput } from 'react-admin';
import { spreadsheetSafeExporter } from '../../common/spreadsheetSafeExporter';

const filters = [<TextInput key="q" source="q" alwaysOn resettable />];

/** The installation's comuni (platform admins). */
export default function TenantList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={spreadsheetSafeExporter}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.Col source="belfioreCode" />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </List>
  );
}
