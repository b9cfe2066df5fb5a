import { Loading, Show, useRecordContext } from 'react-admin';
import { Fact, Facts, Section } from '../../common/Section';
import { formatInstant } from '../../i18n/format';
import { ImportJobReport, ImportStatusChip } from './ImportJobReport';
import type { ImportJob } from './importOperations';

const f = (key: string) => `resources.siussImports.fields.${key}`;

function ImportLayout() {
  const job = useRecordContext<ImportJob>();
  if (!job || !job.errors) return <Loading />;
  return (
    <>
      <Section title="resources.siussImports.action.title">
        <Facts>
          <Fact label={f('fileName')}>{job.fileName}</Fact>
          <Fact label={f('format')}>{job.format}</Fact>
          <Fact label={f('status')}>
            <ImportStatusChip status={job.status} />
          </Fact>
          <Fact label={f('createdAt')}>{formatInstant(job.createdAt)}</Fact>
          <Fact label={f('finishedAt')}>{formatInstant(job.finishedAt)}</Fact>
          <Fact label={f('rows')}>{job.rows}</Fact>
          <Fact label={f('accepted')}>{job.accepted}</Fact>
          <Fact label={f('rejected')}>{job.rejected}</Fact>
        </Facts>
      </Section>
      <ImportJobReport job={job} />
    </>
  );
}

/** Un'importazione: its figures, the rejected rows with their reasons, the download of all of them. */
export default function SiussImportShow() {
  return (
    <Show
      component="div"
      sx={{ p: 2 }}
      queryOptions={{
        refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? 1000 : false),
      }}
    >
      <ImportLayout />
    </Show>
  );
}
