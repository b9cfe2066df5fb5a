import DownloadIcon from '@mui/icons-material/Download';
import ListIcon from '@mui/icons-material/List';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Button, useNotify, useTranslate } from 'react-admin';
import { downloadWithToken } from '../../common/fileTransfer';
import { Section } from '../../common/Section';
import { StatusChip } from '../../common/StatusChip';
import type { ImportJob } from './importOperations';

const t = (key: string) => `resources.siussImports.${key}`;

export function ImportStatusChip({ status }: { status: ImportJob['status'] }) {
  const translate = useTranslate();
  const tone = status === 'COMPLETED' ? 'success' : status === 'FAILED' ? 'danger' : 'info';
  return <StatusChip label={translate(t(`status.${status}`))} tone={tone} />;
}

/** One line per problem: the issues when the server gives them, else the reasons as sentences. */
function problemLines(job: ImportJob) {
  return (job.errors ?? []).flatMap((error) =>
    error.issues?.length
      ? error.issues.map((issue) => ({ row: error.row, ...issue, text: null as string | null }))
      : error.reasons.map((text) => ({
          row: error.row,
          column: '',
          value: '',
          message: '',
          text: text as string | null,
        })),
  );
}

/**
 * The rejected rows: each problem with the file's row, the column as the file calls it, the value
 * as typed and what is wrong; the file of rejects (the rows as they were, with «Motivi») to fix
 * and import again.
 */
function RejectedRows({ job }: { job: ImportJob }) {
  const translate = useTranslate();
  const notify = useNotify();
  const errors = job.errors ?? [];
  const download = (url: string, name: string) =>
    downloadWithToken(url, name).catch((error: Error) => notify(error.message, { type: 'error' }));
  return (
    <Section
      title={t('rejectedRows')}
      actions={
        <>
          <Button
            label={t('downloadRejects')}
            onClick={() => download(job.rejectsUrl, `scarti-${job.id}.csv`)}
          >
            <DownloadIcon />
          </Button>
          {job.rejectsXlsxUrl && (
            <Button
              label={t('downloadRejectsXlsx')}
              onClick={() => download(job.rejectsXlsxUrl!, `scarti-${job.id}.xlsx`)}
            >
              <DownloadIcon />
            </Button>
          )}
        </>
      }
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate(t('rejectsHelp'))}
      </Typography>
      {errors.length < job.rejected && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(t('rejectedFirst'), { smart_count: errors.length })}
        </Typography>
      )}
      <Table size="small" data-testid="rejected-rows">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{translate(t('row'))}</TableCell>
            <TableCell scope="col">{translate(t('column'))}</TableCell>
            <TableCell scope="col">{translate(t('value'))}</TableCell>
            <TableCell scope="col">{translate(t('problem'))}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {problemLines(job).map((line, i) => (
            <TableRow key={`${line.row}-${i}`}>
              <TableCell component="th" scope="row">
                {line.row}
              </TableCell>
              <TableCell>{line.column}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'pre' }}>
                {line.value === '' ? '' : `"${line.value}"`}
              </TableCell>
              <TableCell>{line.text ?? line.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/** The rows that found a record already there: updated or left as it was, with a link to it. */
function MatchedRows({ job }: { job: ImportJob }) {
  const translate = useTranslate();
  const outcomes = job.outcomes ?? [];
  const matched = (job.updated ?? 0) + (job.unchanged ?? 0);
  return (
    <Section title={t('matchedRows')}>
      {outcomes.length < matched && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(t('matchedFirst'), { smart_count: outcomes.length })}
        </Typography>
      )}
      <Table size="small" data-testid="matched-rows">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{translate(t('row'))}</TableCell>
            <TableCell scope="col">{translate(t('outcome'))}</TableCell>
            <TableCell scope="col">{translate(t('record'))}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {outcomes.map((o) => (
            <TableRow key={o.row}>
              <TableCell component="th" scope="row">
                {o.row}
              </TableCell>
              <TableCell>{translate(t(`outcomes.${o.outcome}`))}</TableCell>
              <TableCell>
                <Link to={`/socialBenefits/${o.benefitId}/show`}>{translate(t('openRecord'))}</Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/** How an import ended: counts, the failure if any, the rejected rows and where the records are. */
export function ImportJobReport({ job }: { job: ImportJob }) {
  const translate = useTranslate();
  const imported = encodeURIComponent(JSON.stringify({ source: 'IMPORT' }));
  return (
    <>
      {job.status === 'COMPLETED' && (
        <Alert severity={job.rejected > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
          {translate(t('done'), { accepted: job.accepted, rejected: job.rejected })}
        </Alert>
      )}
      {job.status === 'COMPLETED' && job.inserted !== undefined && (
        <Typography variant="body2" sx={{ mb: 2 }} data-testid="import-outcomes">
          {translate(t('outcomeCounts'), {
            inserted: job.inserted,
            updated: job.updated ?? 0,
            unchanged: job.unchanged ?? 0,
          })}
        </Typography>
      )}
      {job.status === 'FAILED' && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate(t('failed'), { reason: job.failure ?? '' })}
        </Alert>
      )}
      {job.status === 'COMPLETED' && job.accepted > 0 && (
        <Button
          label={t('importedRecords')}
          component={Link}
          to={`/socialBenefits?filter=${imported}`}
          sx={{ mb: 2 }}
        >
          <ListIcon />
        </Button>
      )}
      {(job.updated ?? 0) + (job.unchanged ?? 0) > 0 && <MatchedRows job={job} />}
      {job.rejected > 0 && <RejectedRows job={job} />}
    </>
  );
}
