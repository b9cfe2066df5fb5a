import { BooleanField, DataTable, List, TextInput } from 'react-admin';
import { spreadsheetSafeExporter } from '../../common/spreadsheetSafeExporter';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';

const filters = [<TextInput key="q" source="q" alwaysOn resettable />];

// On a phone: the comune's name and its codes.
const card: RecordCard = {
  primaryText: (r) => r.name,
  secondaryText: (r) => `${r.code} · ${r.belfioreCode ?? ''}`,
  link: false,
};

/** The installation's comuni (platform admins). */
export default function TenantList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={spreadsheetSafeExporter}
    >
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
        <DataTable.Col source="belfioreCode" />
        <DataTable.Col source="active" field={BooleanField} />
      </ResponsiveDataTable>
    </List>
  );
}
