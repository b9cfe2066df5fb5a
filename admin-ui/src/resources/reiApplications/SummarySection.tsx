import DownloadIcon from '@mui/icons-material/Download';
import { Box, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  Button,
  useCreatePath,
  useNotify,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { downloadWithToken } from '../../common/fileTransfer';
import { Fact, Facts, Section } from '../../common/Section';
import { useValueListChoices } from '../../common/useValueListChoices';
import { formatAmount, formatDay } from '../../i18n/format';
import { ReiStatusChip } from './ReiStatusChip';
import type { Person, ReiApplicationRecord } from './types';

/** `2018-02` → `02/2018`. */
const month = (value?: string | null) => (value ? value.split('-').reverse().join('/') : '');

/** A person's name, linked to the registry's page when the console has one. */
function PersonLink({ person }: { person: Person }) {
  const createPath = useCreatePath();
  const hasShow = useResourceDefinitions().subjects?.hasShow;
  const name = `${person.lastName} ${person.firstName}`;
  return (
    <>
      {hasShow ? (
        <MuiLink
          component={Link}
          to={createPath({ resource: 'subjects', id: person.id, type: 'show' })}
        >
          {name}
        </MuiLink>
      ) : (
        name
      )}{' '}
      <Typography component="span" variant="caption" color="text.secondary">
        {person.fiscalCode}
      </Typography>
    </>
  );
}

function ExportDownload({ application }: { application: ReiApplicationRecord }) {
  const notify = useNotify();
  const file = application.inpsExport;
  if (!file) return null;
  return (
    <Button
      label="resources.reiApplications.action.downloadExport"
      onClick={() =>
        downloadWithToken(file.url, file.fileName).catch((error: Error) =>
          notify(error.message, { type: 'error' }),
        )
      }
    >
      <DownloadIcon />
    </Button>
  );
}

/** Domanda: who applied, for which household, when, where, and what INPS said. */
export function SummarySection({ application }: { application: ReiApplicationRecord }) {
  const translate = useTranslate();
  const lists = useValueListChoices(['rei_access_point', 'relationship']);
  const f = (key: string) => `resources.reiApplications.fields.${key}`;
  const period =
    application.firstMonth && `${month(application.firstMonth)} – ${month(application.lastMonth)}`;
  return (
    <Section title="resources.reiApplications.section.application">
      <Facts>
        <Fact label={f('protocolNumber')}>{application.protocolNumber}</Fact>
        <Fact label={f('status')}>
          <ReiStatusChip status={application.status} />
        </Fact>
        <Fact label={f('applicant')}>
          {/* The applicant comes from the registry: absent while it does not answer. */}
          {application.applicant ? (
            <PersonLink person={application.applicant} />
          ) : (
            application.applicantName
          )}
        </Fact>
        <Fact label={f('submittedAt')}>{formatDay(application.submittedAt)}</Fact>
        <Fact label={f('accessPoint')}>
          {lists.label('rei_access_point', application.accessPoint)}
        </Fact>
        <Fact label={f('rulesVersion')}>{application.rulesVersion}</Fact>
        <Fact label={f('monthlyAmount')}>{formatAmount(application.monthlyAmount)}</Fact>
        <Fact label={f('period')}>{period}</Fact>
        <Fact label={f('checksRunAt')}>{formatDay(application.checksRunAt)}</Fact>
        {application.sentToInpsOn && (
          <Fact label={f('sentToInpsOn')}>{formatDay(application.sentToInpsOn)}</Fact>
        )}
        {application.inpsOutcomeOn && (
          <Fact label={f('inpsOutcomeOn')}>
            {formatDay(application.inpsOutcomeOn)} {application.inpsReference}
            {application.inpsNote && ` — ${application.inpsNote}`}
          </Fact>
        )}
        {application.endedOn && <Fact label={f('endedOn')}>{formatDay(application.endedOn)}</Fact>}
      </Facts>
      <ExportDownload application={application} />
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
        {translate('resources.reiApplications.section.household')}
      </Typography>
      <Box component="ul" sx={{ pl: 3, my: 0.5 }}>
        {(application.household?.members ?? []).map((member) => (
          <Typography component="li" variant="body2" key={member.subject.id}>
            <PersonLink person={member.subject} /> —{' '}
            {lists.label('relationship', member.relationship)}
          </Typography>
        ))}
      </Box>
    </Section>
  );
}
