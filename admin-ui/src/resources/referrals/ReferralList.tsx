import { Box, Typography } from '@mui/material';
import { REFERRAL_STATUSES, REFERRAL_URGENCIES } from '@sisa/rules';
import { Link } from 'react-router-dom';
import { DataTable, List, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { EmptyList } from '../../common/EmptyList';
import { InstantField } from '../../common/fields';
import { RecordLinkField } from '../../common/RecordLinkField';
import { ResponsiveDataTable, type RecordCard } from '../../common/ResponsiveDataTable';
import { useValueListChoices } from '../../common/useValueListChoices';
import { formatInstant } from '../../i18n/format';
import { ReferralStatusField, UrgencyChip, UrgencyField } from './ReferralChips';
import { INBOX_ORDER } from './inboxOrder';
import { personText, type ReferralRow } from './types';

const SOURCES = ['referral_sources'] as const;
const MAX_PERSON_TEXT = 80;

const shortPerson = (referral: ReferralRow) => {
  const text = personText(referral);
  return text.length > MAX_PERSON_TEXT ? `${text.slice(0, MAX_PERSON_TEXT - 1)}…` : text;
};

/** The person, as the row's link to the referral; a registry subject's codice fiscale under it. */
function PersonCell(_props: { source?: string; label?: string }) {
  const record = useRecordContext<ReferralRow>();
  if (!record) return null;
  return (
    <Box>
      <RecordLinkField<ReferralRow> render={shortPerson} sx={{ display: 'block' }} />
      {record.subject && (
        <Typography
          component={Link}
          to={`/subjects/${record.subject.id}/show`}
          variant="caption"
          onClick={(event) => event.stopPropagation()}
        >
          {record.subject.fiscalCode}
        </Typography>
      )}
    </Box>
  );
}

function SourceField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<ReferralRow>();
  const lists = useValueListChoices(SOURCES);
  return record ? <>{lists.label('referral_sources', record.source)}</> : null;
}

/**
 * Segnalazioni: the inbox, in the server's order (the most urgent first, then the oldest), by
 * status, urgency and source. No CSV export: it names people and why they were reported.
 */
export default function ReferralList() {
  const lists = useValueListChoices(SOURCES);
  const translate = useTranslate();
  const filters = [
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={REFERRAL_STATUSES.map((id) => ({ id, name: `resources.referrals.status.${id}` }))}
      sx={{ minWidth: 200 }}
    />,
    <SelectInput
      key="urgency"
      source="urgency"
      alwaysOn
      choices={[...REFERRAL_URGENCIES]
        .reverse()
        .map((id) => ({ id, name: `resources.referrals.urgency.${id}` }))}
      sx={{ minWidth: 160 }}
    />,
    <SelectInput
      key="source"
      source="source"
      alwaysOn
      choices={lists.choices('referral_sources')}
      sx={{ minWidth: 220 }}
    />,
  ];
  // On a phone: the person; when, from whom and the status; the urgency.
  const card: RecordCard<ReferralRow> = {
    primaryText: (r) => shortPerson(r) || '—',
    secondaryText: (r) =>
      [
        formatInstant(r.receivedAt),
        lists.label('referral_sources', r.source),
        translate(`resources.referrals.status.${r.status}`),
      ].join(' · '),
    tertiaryText: (r) => <UrgencyChip urgency={r.urgency} />,
    link: 'show',
  };
  return (
    <List filters={filters} sort={INBOX_ORDER} exporter={false} empty={<EmptyList />}>
      <ResponsiveDataTable card={card} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="urgency" field={UrgencyField} />
        <DataTable.Col source="person" label="resources.referrals.fields.person" disableSort>
          <PersonCell />
        </DataTable.Col>
        <DataTable.Col source="receivedAt" field={InstantField} />
        <DataTable.Col source="source" disableSort field={SourceField} />
        <DataTable.Col source="status" field={ReferralStatusField} />
      </ResponsiveDataTable>
    </List>
  );
}
