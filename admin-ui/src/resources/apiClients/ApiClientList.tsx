import { BooleanField, DataTable, List, TextInput } from 'react-admin';
import { InstantField } from '../../common/fields';
import { RevokeButton } from '../../common/RevokeButton';
import { ScopesField } from './ScopesField';
import { spreadsheetSafeExporter } from '../../common/spreadsheetSafeExporter';

const filters = [<TextInput key="q" source="q" alwaysOn resettable />];

/** The comune's API clients; a secret is never listed (it is shown once, at creation). */
export default function ApiClientList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={spreadsheetSafeExporter}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="clientId" />
        <DataTable.Col source="scopes" disableSort field={ScopesField} />
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="createdAt" field={InstantField} />
        <DataTable.Col source="lastUsedAt" field={InstantField} />
        <DataTable.Col label="app.action.actions" disableSort>
          <RevokeButton nameSource="name" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
