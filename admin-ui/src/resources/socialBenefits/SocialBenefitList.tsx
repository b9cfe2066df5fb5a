import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput,
  Button,
  CreateButton,
  DataTable,
  DateInput,
  EditButton,
  ExportButton,
  List,
  NullableBooleanInput,
  SelectArrayInput,
  SelectInput,
  ShowButton,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useCustomFieldFilters } from '../../common/customFields';
import { RecordLinkField } from '../../common/RecordLinkField';
import { useValueListChoices } from '../../common/useValueListChoices';
import { formatAmount, formatDay } from '../../i18n/format';
import { ExtractFromReiButton } from './ExtractFromReiButton';
import { SocialBenefitStatusChip, SocialBenefitStatusField } from './SocialBenefitStatusChip';
import {
  BENEFIT_STATUSES,
  CHARACTERS,
  MEANS_TESTS,
  SOURCES,
  type SocialBenefitRecord,
} from './types';
import { spreadsheetSafeExporter } from '../../common/spreadsheetSafeExporter';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';

function BeneficiaryCell() {
  const record = useRecordContext<SocialBenefitRecord>();
  if (!record) return null;
  return (
    <Box>
      <RecordLinkField<SocialBenefitRecord>
        render={(b) => [b.lastName, b.firstName].filter(Boolean).join(' ')}
        sx={{ display: 'block' }}
      />
      <Typography variant="caption" color="text.secondary">
        {record.fiscalCode}
      </Typography>
    </Box>
  );
}

function ServiceCell() {
  const record = useRecordContext<SocialBenefitRecord>();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2">{record.serviceCode}</Typography>
      <Typography variant="caption" color="text.secondary">
        {record.serviceName}
      </Typography>
    </Box>
  );
}

/** Periodic: start – end and the monthly amount; occasional: the payment date and the amount. */
function PeriodCell() {
  const record = useRecordContext<SocialBenefitRecord>();
  if (!record) return null;
  return record.character === 'PERIODIC' ? (
    <>{[formatDay(record.startDate), formatDay(record.endDate)].filter(Boolean).join(' – ')}</>
  ) : (
    <>{formatDay(record.paymentDate)}</>
  );
}

function AmountCell() {
  const record = useRecordContext<SocialBenefitRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.character === 'PERIODIC' ? (
    <>
      {record.monthlyAmount
        ? `${formatAmount(record.monthlyAmount)} ${translate('resources.socialBenefits.perMonth')}`
        : ''}
    </>
  ) : (
    <>{formatAmount(record.amount)}</>
  );
}

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <Button
      label="resources.socialBenefits.action.import"
      component={Link}
      to="/siussImports/create"
    >
      <UploadFileIcon />
    </Button>
    <ExtractFromReiButton />
    <ExportButton />
  </TopToolbar>
);

// On a phone: the beneficiary, the service and codice fiscale, the status.
const card: RecordCard<SocialBenefitRecord> = {
  primaryText: (r) => [r.lastName, r.firstName].filter(Boolean).join(' ') || '—',
  secondaryText: (r) => [r.serviceCode, r.fiscalCode].filter(Boolean).join(' · '),
  tertiaryText: (r) => <SocialBenefitStatusChip status={r.status} />,
  link: 'show',
};

/**
 * Prestazioni sociali (SIUSS records): by status, with or without issues, by source, service,
 * character, period and the tenant's custom fields.
 */
export default function SocialBenefitList() {
  const lists = useValueListChoices(['siuss_service']);
  const services = lists
    .choices('siuss_service')
    .map((c) => ({ id: c.id, name: `${c.id} — ${c.name}` }));
  const filters = [
    <TextInput key="fiscalCode" source="fiscalCode" alwaysOn resettable sx={{ minWidth: 280 }} />,
    <SelectArrayInput
      key="status"
      source="status"
      alwaysOn
      choices={BENEFIT_STATUSES.map((id) => ({
        id,
        name: `resources.socialBenefits.status.${id}`,
      }))}
      sx={{ minWidth: 220 }}
    />,
    <NullableBooleanInput
      key="hasIssues"
      source="hasIssues"
      alwaysOn
      trueLabel="resources.socialBenefits.filter.withIssues"
      falseLabel="resources.socialBenefits.filter.withoutIssues"
      sx={{ minWidth: 200 }}
    />,
    <SelectInput key="source" source="source" choices={SOURCES} />,
    <AutocompleteInput
      key="serviceCode"
      source="serviceCode"
      choices={services}
      sx={{ minWidth: 360 }}
    />,
    <SelectInput key="character" source="character" choices={CHARACTERS} />,
    <SelectInput key="meansTest" source="meansTest" choices={MEANS_TESTS} />,
    <DateInput key="from" source="from" />,
    <DateInput key="to" source="to" />,
    ...useCustomFieldFilters('SOCIAL_BENEFIT'),
  ];
  return (
    // No empty page: import and extraction (the toolbar) are how a comune gets its first records.
    <List
      empty={false}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={spreadsheetSafeExporter}
      actions={<ListActions />}
    >
      <ResponsiveDataTable card={card} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="lastName" label="resources.socialBenefits.fields.beneficiary">
          <BeneficiaryCell />
        </DataTable.Col>
        <DataTable.Col source="serviceCode">
          <ServiceCell />
        </DataTable.Col>
        <DataTable.Col source="startDate" label="resources.socialBenefits.fields.period">
          <PeriodCell />
        </DataTable.Col>
        <DataTable.Col
          source="amount"
          label="resources.socialBenefits.fields.shownAmount"
          disableSort
        >
          <AmountCell />
        </DataTable.Col>
        <DataTable.Col source="status" field={SocialBenefitStatusField} />
        <DataTable.Col label="app.action.actions" disableSort>
          <ShowButton />
          <EditButton />
        </DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
}
