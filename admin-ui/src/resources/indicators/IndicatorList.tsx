import { DataTable, FunctionField, List, useTranslate } from 'react-admin';
import { ENTITY_CHOICES } from '../fieldDefinitions/fieldChoices';
import { RecordLinkField } from '../../common/RecordLinkField';

/** The cruscotto's indicators, in the order they appear there. */
export default function IndicatorList() {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'position', order: 'ASC' }} exporter={false} perPage={100}>
      <DataTable bulkActionButtons={false} rowClick="edit">
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
        <DataTable.Col source="groupBy" />
        <DataTable.Col source="unit" />
      </DataTable>
    </List>
  );
}
