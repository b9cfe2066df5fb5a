import { BooleanField, BooleanInput, DataTable, List, TextField } from 'react-admin';
import { InstantField } from '../../common/fields';
import { RevokeButton } from '../../common/RevokeButton';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatInstant } from '../../i18n/format';

const filters = [<BooleanInput key="active" source="active" alwaysOn />];

// On a phone: who, why, until when; the card carries the revoke button.
const card: RecordCard = {
  primaryText: (r) => r.granteeUsername,
  secondaryText: (r) => r.reason,
  tertiaryText: (r) => formatInstant(r.validUntil),
  link: false,
  actions: () => <RevokeButton nameSource="granteeUsername" />,
};

/** Every support grant of the comune, newest first: who, why, until when, who gave it. */
export default function SupportGrantList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="granteeUsername" disableSort />
        <DataTable.Col source="reason" disableSort field={TextField} />
        <DataTable.Col source="validFrom" disableSort field={InstantField} />
        <DataTable.Col source="validUntil" field={InstantField} />
        <DataTable.Col source="grantedBy" disableSort />
        <DataTable.Col source="active" disableSort field={BooleanField} />
        <DataTable.Col source="revokedAt" disableSort field={InstantField} />
        <DataTable.Col label="app.action.actions" disableSort>
          <RevokeButton nameSource="granteeUsername" />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
