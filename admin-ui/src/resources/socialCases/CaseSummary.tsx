import { Alert, Grid } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { Fact, Facts, Section } from '../../common/Section';
import { useValueListChoices } from '../../common/useValueListChoices';
import { formatDay } from '../../i18n/format';
import { CaseStatusChip } from './SocialCaseChips';
import { subjectName, type SocialCaseRecord } from './types';

const f = (key: string) => `resources.socialCases.fields.${key}`;
const AREAS = ['case_areas'] as const;

/** Riepilogo: the case's facts (with existence-only access: the facts it has). */
export function CaseSummary({ socialCase }: { socialCase: SocialCaseRecord }) {
  const translate = useTranslate();
  const lists = useValueListChoices(AREAS);
  const existence = socialCase.access === 'EXISTENCE';
  return (
    <Grid container spacing={2} sx={{ width: '100%' }}>
      {existence && (
        <Grid size={12}>
          <Alert severity="info">{translate('resources.socialCases.existenceOnly')}</Alert>
        </Grid>
      )}
      <Grid size={{ xs: 12, lg: 8 }}>
        <Section title="resources.socialCases.section.case">
          <Facts>
            <Fact label={f('number')}>{socialCase.number}</Fact>
            <Fact label={f('status')}>
              <CaseStatusChip status={socialCase.status} />
            </Fact>
            <Fact label={f('openedAt')}>{formatDay(socialCase.openedAt)}</Fact>
            <Fact label={f('closedAt')}>{formatDay(socialCase.closedAt)}</Fact>
            <Fact label={f('responsible')}>{socialCase.responsible.fullName}</Fact>
            {!existence && (
              <Fact label={f('person')}>
                <Link to={`/subjects/${socialCase.subject.id}/show`}>
                  {`${subjectName(socialCase)} — ${socialCase.subject.fiscalCode}`}
                </Link>
              </Fact>
            )}
            {!existence && (
              <Fact label={f('areas')}>
                {socialCase.areas.map((code) => lists.label('case_areas', code)).join(', ')}
              </Fact>
            )}
            {!existence && socialCase.closureReason && (
              <Fact label={f('closureReason')}>{socialCase.closureReason}</Fact>
            )}
            {socialCase.household && (
              <Fact label={f('household')}>
                <Link to={`/households/${socialCase.household.id}/show`}>
                  {translate('resources.socialCases.action.openHousehold')}
                </Link>
              </Fact>
            )}
            {socialCase.referral && (
              <Fact label={f('referral')}>
                <Link to={`/referrals/${socialCase.referral.id}/show`}>
                  {translate('resources.socialCases.action.openReferral')}
                </Link>
              </Fact>
            )}
          </Facts>
        </Section>
      </Grid>
    </Grid>
  );
}
