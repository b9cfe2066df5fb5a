import DownloadIcon from '@mui/icons-material/Download';
import ListIcon from '@mui/icons-material/List';
import {
  Alert,
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
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

/** The rejected rows: the file's row number and every reason, in the server's words. */
function RejectedRows({ job }: { job: ImportJob }) {
  const translate = useTranslate();
  const notify = useNotify();
  const errors = job.errors ?? [];
  return (
    <Section
      title={t('rejectedRows')}
      actions={
        <Button
          label={t('downloadRejects')}
          onClick={() =>
            downloadWithToken(job.rejectsUrl, `scarti-${job.id}.csv`).catch((error: Error) =>
              notify(error.message, { type: 'error' }),
            )
          }
        >
          <DownloadIcon />
        </Button>
      }
    >
      {errors.length < job.rejected && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(t('rejectedFirst'), { smart_count: errors.length })}
        </Typography>
      )}
      <Table size="small" data-testid="rejected-rows">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{translate(t('row'))}</TableCell>
            <TableCell scope="col">{translate(t('reasons'))}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((error) => (
            <TableRow key={error.row}>
              <TableCell component="th" scope="row">
                {error.row}
              </TableCell>
              <TableCell>
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {error.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </Box>
              </TableCell>
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
