import { BooleanField, DataTable, List, TextInput } from 'react-admin';
import { InstantField } from '../../common/fields';
import { RevokeButton } from '../../common/RevokeButton';
import { ScopesField } from './ScopesField';
import { spreadsheetSafeExporter } from '../../common/spreadsheetSafeExporter';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatInstant } from '../../i18n/format';

const filters = [<TextInput key="q" source="q" alwaysOn resettable />];

// On a phone: the client's name and id; no page of its own, so the card carries the revoke button.
const card: RecordCard = {
  primaryText: (r) => r.name,
  secondaryText: (r) => r.clientId,
  tertiaryText: (r) => formatInstant(r.lastUsedAt),
  link: false,
  actions: () => <RevokeButton nameSource="name" />,
};

/** The comune's API clients; a secret is never listed (it is shown once, at creation). */
export default function ApiClientList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={spreadsheetSafeExporter}
    >
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="clientId" />
        <DataTable.Col source="scopes" disableSort field={ScopesField} />
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="createdAt" field={InstantField} />
        <DataTable.Col source="lastUsedAt" field={InstantField} />
        <DataTable.Col label="app.action.actions" disableSort>
          <RevokeButton nameSource="name" />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
