import { Chip } from '@mui/material';
import {
  DataTable,
  FunctionField,
  List,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { RecordLinkField } from '../../common/RecordLinkField';

const filters = [<TextInput key="q" source="q" alwaysOn resettable />];

// A comune's own list opens for editing; a system list (national codes) read-only.
const openList = (record: RaRecord) => (record.system ? 'show' : 'edit');

// On a phone: the list's label and key; a tap opens it as a row does.
const card: RecordCard = {
  primaryText: (r) => r.label,
  secondaryText: (r) => r.key,
  link: (_id, _resource, record) => openList(record),
};

/** Value lists: the comune's own and the system ones (read-only). */
export default function ValueListList() {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'label', order: 'ASC' }} exporter={false}>
      <ResponsiveDataTable
        card={card}
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => openList(record)}
      >
        <DataTable.Col source="label">
          <RecordLinkField source="label" link={openList} />
        </DataTable.Col>
        <DataTable.Col source="key" />
        <DataTable.Col source="system">
          <FunctionField
            render={(r) =>
              r.system ? (
                <Chip size="small" label={translate('resources.valueLists.system')} />
              ) : (
                <Chip
                  size="small"
                  color="primary"
                  variant="outlined"
                  label={translate('resources.valueLists.own')}
                />
              )
            }
          />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
