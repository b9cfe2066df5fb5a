import { DataTable, FunctionField, List, Pagination, useTranslate } from 'react-admin';
import { ENTITY_CHOICES, ROWS_PER_PAGE } from '../fieldDefinitions/fieldChoices';
import { GroupByField } from './GroupByField';
import { RecordLinkField } from '../../common/RecordLinkField';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';

/** The cruscotto's indicators, in the order they appear there. */
export default function IndicatorList() {
  const translate = useTranslate();
  const card: RecordCard = {
    primaryText: (r) => r.label,
    secondaryText: (r) =>
      `${translate(ENTITY_CHOICES.find((c) => c.id === r.entity)?.name ?? r.entity)} · ${translate(`resources.indicators.aggregate.${r.aggregate}`)}`,
    tertiaryText: (r) => r.position,
    link: 'edit',
  };
  return (
    <List
      sort={{ field: 'position', order: 'ASC' }}
      exporter={false}
      perPage={100}
      pagination={<Pagination rowsPerPageOptions={ROWS_PER_PAGE} />}
    >
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="position" />
        <DataTable.Col source="label" field={RecordLinkField} />
        <DataTable.Col source="entity">
          <FunctionField
            render={(r) =>
              translate(ENTITY_CHOICES.find((c) => c.id === r.entity)?.name ?? r.entity)
            }
          />
        </DataTable.Col>
        <DataTable.Col source="aggregate">
          <FunctionField
            render={(r) => translate(`resources.indicators.aggregate.${r.aggregate}`)}
          />
        </DataTable.Col>
        <DataTable.Col source="groupBy">
          <GroupByField />
        </DataTable.Col>
        <DataTable.Col source="unit" />
      </ResponsiveDataTable>
    </List>
  );
}
