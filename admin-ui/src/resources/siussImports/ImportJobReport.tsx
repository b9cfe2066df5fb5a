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
      {job.rejected > 0 && <RejectedRows job={job} />}
    </>
  );
}
