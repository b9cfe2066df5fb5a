import { Chip } from '@mui/material';
import {
  DataTable,
  FunctionField,
  List,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { RecordLinkField } from '../../common/RecordLinkField';

const filters = [<TextInput key="q" source="q" alwaysOn resettable />];

// A comune's own list opens for editing; a system list (national codes) read-only.
const openList = (record: RaRecord) => (record.system ? 'show' : 'edit');

/** Value lists: the comune's own and the system ones (read-only). */
export default function ValueListList() {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'label', order: 'ASC' }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => openList(record)}>
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
      </DataTable>
    </List>
  );
}
