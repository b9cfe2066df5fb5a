import { Chip } from '@mui/material';
import {
  BooleanField,
  DataTable,
  EditButton,
  List,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { InstantField } from '../../common/fields';
import { ALL_ROLE_CHOICES } from './roleChoices';
import { RolesField } from './RolesField';
import { isLocked, UnlockUserButton } from './UnlockUserButton';
import { spreadsheetSafeExporter } from '../../common/spreadsheetSafeExporter';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { RecordLinkField } from '../../common/RecordLinkField';

const filters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <SelectInput key="role" source="role" choices={ALL_ROLE_CHOICES} />,
];

function LockState() {
  const record = useRecordContext<{ id: string; lockedUntil?: string | null }>();
  const translate = useTranslate();
  if (!isLocked(record)) return null;
  return (
    <Chip
      size="small"
      color="error"
      variant="outlined"
      label={translate('resources.users.unlock.locked')}
    />
  );
}

// On a phone: the username, the name, a lock; a tap opens the user for editing.
const card: RecordCard = {
  primaryText: (r) => r.username,
  secondaryText: (r) => r.fullName,
  tertiaryText: () => <LockState />,
  link: 'edit',
};

/** The comune's users: search by name, filter by role, unlock the locked ones. */
export default function UserList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'username', order: 'ASC' }}
      exporter={spreadsheetSafeExporter}
    >
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="username" field={RecordLinkField} />
        <DataTable.Col source="fullName" />
        <DataTable.Col source="roles" disableSort field={RolesField} />
        <DataTable.Col source="active" disableSort field={BooleanField} />
        <DataTable.Col source="lastLoginAt" field={InstantField} />
        <DataTable.Col source="lockedUntil" disableSort>
          <LockState />
          <UnlockUserButton />
        </DataTable.Col>
        <DataTable.Col label="app.action.actions" disableSort>
          <EditButton />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
