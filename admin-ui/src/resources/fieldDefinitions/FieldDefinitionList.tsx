import { Chip } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  DataTable,
  EditButton,
  FilterButton,
  FunctionField,
  List,
  Pagination,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import type { FieldDefinition } from '../../common/customFields';
import { ENTITY_CHOICES, ROWS_PER_PAGE, TYPE_CHOICES } from './fieldChoices';
import { MoveFieldButtons } from './MoveFieldButtons';
import { VisibleWhenField } from './VisibleWhenField';
import { RecordLinkField } from '../../common/RecordLinkField';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';

const filters = [
  <SelectInput key="entity" source="entity" choices={ENTITY_CHOICES} alwaysOn />,
  <TextInput key="q" source="q" alwaysOn resettable />,
];

function Actions() {
  const { filterValues } = useListContext();
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton
        to={{
          pathname: '/fieldDefinitions/create',
          search: `?entity=${filterValues.entity ?? 'SUBJECT'}`,
        }}
      />
    </TopToolbar>
  );
}

/** The comune's custom fields, one entity at a time, in the order of the form. */
export default function FieldDefinitionList() {
  const translate = useTranslate();
  const card: RecordCard<FieldDefinition> = {
    primaryText: (d) => d.label,
    secondaryText: (d) =>
      `${d.key} · ${translate(TYPE_CHOICES.find((c) => c.id === d.type)?.name ?? d.type)}`,
    tertiaryText: (d) => d.position,
    link: 'edit',
  };
  return (
    <List
      filters={filters}
      filterDefaultValues={{ entity: 'SUBJECT' }}
      sort={{ field: 'position', order: 'ASC' }}
      actions={<Actions />}
      exporter={false}
      perPage={100}
      pagination={<Pagination rowsPerPageOptions={ROWS_PER_PAGE} />}
    >
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="position" />
        <DataTable.Col source="label" field={RecordLinkField} />
        <DataTable.Col source="key" />
        <DataTable.Col source="type">
          <FunctionField<FieldDefinition>
            render={(d) => translate(TYPE_CHOICES.find((c) => c.id === d.type)?.name ?? d.type)}
          />
        </DataTable.Col>
        <DataTable.Col source="required" field={BooleanField} />
        <DataTable.Col source="section" />
        <DataTable.Col
          source="visibleWhen"
          label="resources.fieldDefinitions.visible_when"
          disableSort
        >
          <VisibleWhenField />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <FunctionField<FieldDefinition>
            render={(d) =>
              d.active ? (
                <Chip
                  size="small"
                  color="success"
                  variant="outlined"
                  label={translate('resources.fieldDefinitions.active')}
                />
              ) : (
                <Chip size="small" label={translate('resources.fieldDefinitions.inactive')} />
              )
            }
          />
        </DataTable.Col>
        <DataTable.Col label="resources.fieldDefinitions.order" disableSort>
          <MoveFieldButtons />
        </DataTable.Col>
        <DataTable.Col label="app.action.actions" disableSort>
          <EditButton />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
