import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportJobReport } from './ImportJobReport';
import { ConsoleImportLayoutsDocument } from '../../generated/graphql';
import { FORMATS, formatOf, type ImportFormat } from './importOperations';
import { useImportUpload } from './useImportUpload';

const t = (key: string) => `resources.siussImports.${key}`;
const ENCODINGS = ['auto', 'utf-8', 'windows-1252'];

/** The progress bar: the share of the file sent, and the rows read, accepted and rejected so far. */
function ImportProgress({
  sent,
  finished,
  rows,
  accepted,
  rejected,
}: {
  sent: number;
  finished: boolean;
  rows: number;
  accepted: number;
  rejected: number;
}) {
  const translate = useTranslate();
  const percent = Math.round(sent * 100);
  return (
    <Box sx={{ my: 2 }}>
      <LinearProgress
        // The whole file is sent: the server is still writing the records (no figure for that).
        variant={sent >= 1 && !finished ? 'indeterminate' : 'determinate'}
        value={percent}
        aria-label={translate(t('progress'))}
        sx={{ height: 10, borderRadius: 1 }}
      />
      <Typography variant="body2" sx={{ mt: 1 }} data-testid="import-progress">
        {translate(t('progressText'), { percent, rows, accepted, rejected })}
      </Typography>
    </Box>
  );
}

/**
 * Importa un file: CSV, XLSX or TXT with the standard headers or a saved layout. The page follows
 * the import while the file uploads (progress bar, rows so far), then shows the rejected rows with
 * their reasons and the download of all of them.
 */
export default function SiussImportCreate() {
  const translate = useTranslate();
  const graphql = useGraphQL();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [encoding, setEncoding] = useState('auto');
  const [layoutId, setLayoutId] = useState('');
  const upload = useImportUpload();
  const layouts = useQuery({
    queryKey: ['siussImportLayouts', 'choices'],
    queryFn: () => graphql(ConsoleImportLayoutsDocument).then((d) => d.layouts),
  });
  const started = upload.running || upload.job !== null || upload.error !== null;
  const options = (chosen: File, confirmDuplicate = false) => ({
    file: chosen,
    format,
    encoding: encoding === 'auto' ? null : encoding,
    layoutId: layoutId || null,
    confirmDuplicate,
  });
  return (
    <Box sx={{ py: 2 }}>
      <Title title={t('action.title')} />
      <Card variant="outlined">
        <CardContent>
          <Typography component="h2" variant="h5" sx={{ mb: 2 }}>
            {translate('resources.siussImports.action.title')}
          </Typography>
          <Box
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (file) upload.start(options(file));
            }}
            sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 640 }}
          >
            <Box>
              <Typography
                component="label"
                htmlFor={fileId}
                variant="body2"
                sx={{ display: 'block', mb: 0.5 }}
              >
                {translate(t('fields.file'))}
              </Typography>
              <input
                id={fileId}
                type="file"
                accept=".csv,.xlsx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={`${fileId}-help`}
                disabled={upload.running}
                onChange={(event) => {
                  const chosen = event.target.files?.[0] ?? null;
                  setFile(chosen);
                  if (chosen) setFormat(formatOf(chosen.name));
                  upload.reset();
                }}
              />
              <Typography
                id={`${fileId}-help`}
                variant="caption"
                color="text.secondary"
                display="block"
              >
                {translate(t('helper.file'))}
              </Typography>
            </Box>
            <TextField
              select
              label={translate(t('fields.format'))}
              value={format}
              onChange={(e) => setFormat(e.target.value as ImportFormat)}
              disabled={upload.running}
            >
              {FORMATS.map((id) => (
                <MenuItem key={id} value={id}>
                  {translate(t(`format.${id}`))}
                </MenuItem>
              ))}
            </TextField>
            {format !== 'xlsx' && (
              <TextField
                select
                label={translate(t('fields.encoding'))}
                value={encoding}
                onChange={(e) => setEncoding(e.target.value)}
                disabled={upload.running}
              >
                {ENCODINGS.map((id) => (
                  <MenuItem key={id} value={id}>
                    {translate(t(`encoding.${id}`))}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <TextField
              select
              label={translate(t('fields.layout'))}
              helperText={translate(t('helper.layout'))}
              value={layoutId}
              onChange={(e) => setLayoutId(e.target.value)}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              disabled={upload.running}
            >
              <MenuItem value="">{translate(t('layout.standard'))}</MenuItem>
              {(layouts.data ?? []).map((layout) => (
                <MenuItem key={layout.id} value={layout.id}>
                  {layout.name}
                </MenuItem>
              ))}
            </TextField>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
              <Button
                type="submit"
                variant="contained"
                startIcon={<UploadFileIcon />}
                disabled={!file || upload.running}
              >
                {translate(t('start'))}
              </Button>
              <Button component={Link} to="/siussImportLayouts">
                {translate(t('layouts'))}
              </Button>
            </Box>
          </Box>
          <ImportColumnsHelp layoutId={layoutId || null} />
          {started && (
            <ImportProgress
              sent={upload.sent}
              finished={!upload.running}
              rows={upload.job?.rows ?? 0}
              accepted={upload.job?.accepted ?? 0}
              rejected={upload.job?.rejected ?? 0}
            />
          )}
          <Box aria-live="polite">
            {upload.error && !upload.job && (
              <Alert severity="error">{translate(upload.error, { _: upload.error })}</Alert>
            )}
            {upload.duplicate && file && (
              <Alert
                severity="warning"
                data-testid="duplicate-file"
                action={
                  <Button color="inherit" onClick={() => upload.start(options(file, true))}>
                    {translate(t('importAnyway'))}
                  </Button>
                }
              >
                {upload.duplicate}
              </Alert>
            )}
            {!upload.running && upload.job && !upload.duplicate && (
              <ImportJobReport job={upload.job} />
            )}
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
