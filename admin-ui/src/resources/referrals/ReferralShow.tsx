import { Box, Grid, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Show, TopToolbar, useRecordContext } from 'react-admin';
import { Fact, Facts, Section } from '../../common/Section';
import { useValueListChoices } from '../../common/useValueListChoices';
import { formatInstant } from '../../i18n/format';
import { ReferralActions } from './ReferralActions';
import { TakeInChargeButton } from './TakeInChargeButton';
import { ReferralStatusChip, UrgencyChip } from './ReferralChips';
import type { ReferralRecord } from './types';

const f = (key: string) => `resources.referrals.fields.${key}`;
const SOURCES = ['referral_sources'] as const;

/** Long texts as written: their line breaks kept. */
function Text({ children }: { children: string | null | undefined }) {
  if (!children) return <>—</>;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Typography>
  );
}

function ReferralLayout() {
  const record = useRecordContext<ReferralRecord>();
  const lists = useValueListChoices(SOURCES);
  // The inbox's row has no description: wait for the whole referral.
  if (!record || !('description' in record)) return <Loading />;
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="resources.referrals.section.referral">
          <Facts>
            <Fact label={f('urgency')}>
              <UrgencyChip urgency={record.urgency} />
            </Fact>
            <Fact label={f('receivedAt')}>{formatInstant(record.receivedAt)}</Fact>
            <Fact label={f('source')}>{lists.label('referral_sources', record.source)}</Fact>
            <Fact label={f('createdBy')}>{record.createdBy}</Fact>
          </Facts>
          <Box sx={{ mt: 2 }}>
            <Facts>
              <Fact label={f('description')}>
                <Text>{record.description}</Text>
              </Fact>
            </Facts>
          </Box>
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="resources.referrals.section.person">
          <Facts>
            <Fact label={f('subjectId')}>
              {record.subject && (
                <Link to={`/subjects/${record.subject.id}/show`}>
                  {`${record.subject.lastName} ${record.subject.firstName} — ${record.subject.fiscalCode}`}
                </Link>
              )}
            </Fact>
            <Fact label={f('personDescription')}>
              <Text>{record.personDescription}</Text>
            </Fact>
          </Facts>
        </Section>
        <Section title="resources.referrals.section.triage">
          <Facts>
            <Fact label={f('status')}>
              <ReferralStatusChip status={record.status} />
            </Fact>
            <Fact label={f('triagedAt')}>{formatInstant(record.triagedAt)}</Fact>
            <Fact label={f('triageNote')}>
              <Text>{record.triageNote}</Text>
            </Fact>
            {record.socialCase && (
              <Fact label={f('socialCase')}>
                <Link to={`/socialCases/${record.socialCase.id}/show`}>
                  {record.socialCase.number}
                </Link>
              </Fact>
            )}
          </Facts>
        </Section>
      </Grid>
    </Grid>
  );
}

const ShowActions = () => (
  <TopToolbar>
    <ReferralActions />
    <TakeInChargeButton />
  </TopToolbar>
);

/** Una segnalazione: every field, and the triage actions while it is still to be decided. */
export default function ReferralShow() {
  return (
    <Show actions={<ShowActions />} component="div">
      <ReferralLayout />
    </Show>
  );
}
