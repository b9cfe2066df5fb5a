import { Box, Typography } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  List,
  SelectInput,
  useRecordContext,
  useTranslate,
  type SortPayload,
} from 'react-admin';
import { EmptyList } from '../../common/EmptyList';
import { DayField } from '../../common/fields';
import { RecordLinkField } from '../../common/RecordLinkField';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { useValueListChoices } from '../../common/useValueListChoices';
import { formatDay } from '../../i18n/format';
import { CaseStatusChip, CaseStatusField } from './SocialCaseChips';
import { CASE_STATUSES, subjectName, type SocialCaseRow } from './types';
import { useCaseworkers } from './useCaseworkers';

const AREAS = ['case_areas'] as const;
const NEWEST_FIRST: SortPayload = { field: 'openedAt', order: 'DESC' };

/** The number, as the row's link to the case. */
function NumberCell(_props: { source?: string; label?: string }) {
  return <RecordLinkField<SocialCaseRow> source="number" />;
}

/** The person: name and codice fiscale (empty with existence-only access). */
function PersonCell(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SocialCaseRow>();
  if (!record) return null;
  const name = subjectName(record);
  if (!name) return <>—</>;
  return (
    <Box>
      <Typography variant="body2">{name}</Typography>
      <Typography variant="caption">{record.subject.fiscalCode}</Typography>
    </Box>
  );
}

function ResponsibleField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SocialCaseRow>();
  return record ? <>{record.responsible.fullName}</> : null;
}

function AreasField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<SocialCaseRow>();
  const lists = useValueListChoices(AREAS);
  if (!record) return null;
  return <>{record.areas.map((code) => lists.label('case_areas', code)).join(', ') || '—'}</>;
}

/**
 * Cartelle sociali: the newest first; "Le mie cartelle" (the caller's équipe), by status, area and
 * responsible. No CSV export: it names people in care.
 */
export default function SocialCaseList() {
  const lists = useValueListChoices(AREAS);
  const caseworkers = useCaseworkers();
  const translate = useTranslate();
  const filters = [
    <BooleanInput key="mine" source="mine" alwaysOn />,
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={CASE_STATUSES.map((id) => ({ id, name: `resources.socialCases.status.${id}` }))}
      sx={{ minWidth: 160 }}
    />,
    <SelectInput
      key="area"
      source="area"
      alwaysOn
      choices={lists.choices('case_areas')}
      isPending={lists.isPending}
      sx={{ minWidth: 200 }}
    />,
    <SelectInput
      key="responsibleId"
      source="responsibleId"
      alwaysOn
      choices={caseworkers.choices}
      isPending={caseworkers.isPending}
      sx={{ minWidth: 220 }}
    />,
  ];
  // On a phone: number and person; opened, responsible and status; the status chip.
  const card: RecordCard<SocialCaseRow> = {
    primaryText: (r) => [r.number, subjectName(r)].filter(Boolean).join(' · '),
    secondaryText: (r) =>
      [
        formatDay(r.openedAt),
        r.responsible.fullName,
        translate(`resources.socialCases.status.${r.status}`),
      ].join(' · '),
    tertiaryText: (r) => <CaseStatusChip status={r.status} />,
    link: 'show',
  };
  return (
    <List filters={filters} sort={NEWEST_FIRST} exporter={false} empty={<EmptyList />}>
      <ResponsiveDataTable card={card} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" field={NumberCell} />
        <DataTable.Col source="person" label="resources.socialCases.fields.person" disableSort>
          <PersonCell />
        </DataTable.Col>
        <DataTable.Col source="status" field={CaseStatusField} />
        <DataTable.Col source="openedAt" field={DayField} />
        <DataTable.Col source="responsible" disableSort field={ResponsibleField} />
        <DataTable.Col source="areas" disableSort field={AreasField} />
      </ResponsiveDataTable>
    </List>
  );
}
