import {
  DataTable,
  FunctionField,
  List,
  NullableBooleanInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useCustomFieldFilters } from '../../common/customFields';
import { InstantField } from '../../common/fields';
import { RecordLinkField } from '../../common/RecordLinkField';
import { formatAmount, formatDay } from '../../i18n/format';
import type { HouseholdRecord } from './householdTypes';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';

const filters = [
  <TextInput key="q" source="q" alwaysOn resettable sx={{ minWidth: 320 }} />,
  <NullableBooleanInput key="hasValidIsee" source="hasValidIsee" />,
];

/** Households: searched by a member's name or codice fiscale. No CSV export (personal data). */
export default function HouseholdList() {
  const translate = useTranslate();
  const customFilters = useCustomFieldFilters('HOUSEHOLD');
  const card: RecordCard<HouseholdRecord> = {
    primaryText: (h) =>
      h.members.map((m) => `${m.subject.lastName} ${m.subject.firstName}`).join(', ') || '—',
    secondaryText: (h) =>
      h.isee
        ? translate('resources.households.isee.valid_until', {
            amount: formatAmount(h.isee.isee),
            date: formatDay(h.isee.validUntil),
          })
        : translate('resources.households.isee.none'),
    link: 'show',
  };
  return (
    <List
      filters={[...filters, ...customFilters]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
    >
      <ResponsiveDataTable card={card} bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="members" disableSort>
          <RecordLinkField<HouseholdRecord>
            render={(h) =>
              h.members.map((m) => `${m.subject.lastName} ${m.subject.firstName}`).join(', ')
            }
          />
        </DataTable.Col>
        <DataTable.Col source="memberCount" disableSort>
          <FunctionField<HouseholdRecord> render={(h) => h.members.length} />
        </DataTable.Col>
        <DataTable.Col source="isee" disableSort>
          <FunctionField<HouseholdRecord>
            render={(h) =>
              h.isee
                ? translate('resources.households.isee.valid_until', {
                    amount: formatAmount(h.isee.isee),
                    date: formatDay(h.isee.validUntil),
                  })
                : translate('resources.households.isee.none')
            }
          />
        </DataTable.Col>
        <DataTable.Col source="createdAt" field={InstantField} />
      </ResponsiveDataTable>
    </List>
  );
}
