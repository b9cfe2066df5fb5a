import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  List,
  NullableBooleanInput,
  SelectInput,
  ShowButton,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AmountField, DayField } from '../../common/fields';
import { StatusChip } from '../../common/StatusChip';
import { useCustomFieldFilters } from '../../common/customFields';
import { useValueListChoices } from '../../common/useValueListChoices';
import { ReiStatusChip, ReiStatusField } from './ReiStatusChip';
import { SendToInpsBulkButton } from './SendToInpsButton';
import { REI_STATUSES, type ReiApplicationRecord } from './types';
import { EmptyList } from '../../common/EmptyList';
import { spreadsheetSafeExporter } from '../../common/spreadsheetSafeExporter';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { formatDay } from '../../i18n/format';
import { RecordLinkField } from '../../common/RecordLinkField';

const STATUS_CHOICES = REI_STATUSES.map((status) => ({
  id: status,
  name: `resources.reiApplications.status.${status}`,
}));

function ApplicantCell() {
  const record = useRecordContext<ReiApplicationRecord>();
  if (!record) return null;
  const { applicant } = record;
  return (
    <Box>
      <Typography variant="body2">
        {record.applicantName ?? `${applicant?.lastName ?? ''} ${applicant?.firstName ?? ''}`}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {record.applicantFiscalCode ?? applicant?.fiscalCode}
      </Typography>
    </Box>
  );
}

function NextDueCell() {
  const record = useRecordContext<ReiApplicationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <DayField source="deadlines.nextDue" />
      {record.overdue && (
        <StatusChip label={translate('resources.reiApplications.deadline.overdue')} tone="danger" />
      )}
    </Box>
  );
}

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/**
 * Domande REI: search, status and overdue-deadline filters (always shown), dates, access point
 * and the tenant's custom fields; selected applications go to INPS in one file.
 */
export default function ReiApplicationList() {
  const lists = useValueListChoices(['rei_access_point']);
  const translate = useTranslate();
  // On a phone: the applicant, the protocol and the next deadline (overdue or not), the status.
  const card: RecordCard<ReiApplicationRecord> = {
    primaryText: (r) =>
      r.applicantName ?? `${r.applicant?.lastName ?? ''} ${r.applicant?.firstName ?? ''}`,
    secondaryText: (r) => {
      const due = r.deadlines?.nextDue;
      const overdue = r.overdue
        ? ` (${translate('resources.reiApplications.deadline.overdue')})`
        : '';
      const next = due
        ? `${translate('resources.reiApplications.fields.nextDue')} ${formatDay(due)}${overdue}`
        : null;
      return [r.protocolNumber, next].filter(Boolean).join(' · ');
    },
    tertiaryText: (r) => <ReiStatusChip status={r.status} />,
    link: 'show',
  };
  const filters = [
    <TextInput key="q" source="q" alwaysOn resettable sx={{ minWidth: 340 }} />,
    <SelectInput
      key="status"
      source="status"
      choices={STATUS_CHOICES}
      alwaysOn
      emptyText="resources.reiApplications.statusFilter.any"
      sx={{ minWidth: 220 }}
    />,
    <NullableBooleanInput
      key="overdue"
      source="overdue"
      alwaysOn
      nullLabel="resources.reiApplications.overdueFilter.any"
      trueLabel="resources.reiApplications.overdueFilter.yes"
      falseLabel="resources.reiApplications.overdueFilter.no"
      sx={{ minWidth: 260 }}
    />,
    <DateInput key="submittedFrom" source="submittedFrom" />,
    <DateInput key="submittedTo" source="submittedTo" />,
    <SelectInput
      key="accessPoint"
      source="accessPoint"
      choices={lists.choices('rei_access_point')}
    />,
    ...useCustomFieldFilters('REI_APPLICATION'),
  ];
  return (
    <List
      empty={<EmptyList />}
      filters={filters}
      sort={{ field: 'submittedAt', order: 'DESC' }}
      exporter={spreadsheetSafeExporter}
      actions={<ListActions />}
    >
      <ResponsiveDataTable card={card} rowClick="show" bulkActionButtons={<SendToInpsBulkButton />}>
        <DataTable.Col source="protocolNumber" field={RecordLinkField} />
        <DataTable.Col source="applicantName">
          <ApplicantCell />
        </DataTable.Col>
        <DataTable.Col source="submittedAt" field={DayField} />
        <DataTable.Col source="status" field={ReiStatusField} />
        <DataTable.Col source="monthlyAmount" field={AmountField} />
        <DataTable.Col source="nextDue">
          <NextDueCell />
        </DataTable.Col>
        <DataTable.Col label="app.action.actions" disableSort>
          <ShowButton />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
