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
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import {
  TransmissionPreviewDocument,
  type SiussFlow,
  type TransmissionPreviewQuery,
} from '../../generated/graphql';

export type TransmissionPreview = TransmissionPreviewQuery['transmissionPreview'];

/**
 * What the transmission will carry, read from the server for the flow and file size chosen:
 * counts per service and year, and the records left out with the reasons. The preview's
 * fingerprint goes with the confirmation, so the server refuses if the records changed meanwhile.
 * Reports the preview to the form (`onPreview`) so Save waits for it.
 */
export function TransmissionPreviewPanel({
  onPreview,
}: {
  onPreview: (preview: TransmissionPreview | null) => void;
}) {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.transmissions.preview.${key}`, options);
  const graphql = useGraphQL();
  const { setValue } = useFormContext();
  const flow = useWatch({ name: 'flow' }) as string;
  const perFile = Number(useWatch({ name: 'recordsPerFile' }));
  const valid = Number.isInteger(perFile) && perFile >= 1 && perFile <= 100_000;
  const { data, isPending, error } = useQuery({
    queryKey: ['transmissionPreview', flow, perFile],
    queryFn: () =>
      graphql(TransmissionPreviewDocument, {
        i: { flow: flow as SiussFlow, recordsPerFile: perFile },
      }).then((r) => r.transmissionPreview),
    enabled: valid,
    staleTime: 0,
  });
  useEffect(() => {
    setValue('confirm', data?.fingerprint ?? null);
    onPreview(data ?? null);
  }, [data, setValue, onPreview]);

  if (!valid) return null;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (isPending || !data)
    return (
      <Typography role="status" variant="body2">
        {t('loading')}
      </Typography>
    );
  return (
    <Box component="section" aria-labelledby="transmission-preview-title" sx={{ width: '100%' }}>
      <Typography component="h2" variant="h6" id="transmission-preview-title">
        {t('title')}
      </Typography>
      <Alert
        severity={data.benefitCount > 0 ? 'info' : 'warning'}
        sx={{ my: 1 }}
        data-testid="transmission-preview-summary"
      >
        {data.benefitCount > 0
          ? t('summary', {
              benefits: data.benefitCount,
              records: data.recordCount,
              files: data.fileCount,
            })
          : t('nothing')}
        {data.cancellationCount + data.correctionCount > 0 && (
          <>
            {' '}
            {t('corrections', {
              cancellations: data.cancellationCount,
              corrections: data.correctionCount,
            })}
          </>
        )}
      </Alert>
      {data.groups.length > 0 && (
        <Table size="small" aria-labelledby="transmission-preview-title">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('service')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('year')}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {t('records')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.groups.map((g) => (
              <TableRow key={`${g.serviceCode}-${g.year ?? ''}`}>
                <TableCell>
                  {g.serviceCode} — {g.serviceName}
                </TableCell>
                <TableCell>{g.year ?? '—'}</TableCell>
                <TableCell align="right">{g.records}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {data.excludedCount > 0 && (
        <Alert severity="warning" sx={{ my: 1 }} data-testid="transmission-preview-excluded">
          {translate('resources.transmissions.preview.excluded', {
            smart_count: data.excludedCount,
          })}
          <Box component="ul" sx={{ pl: 3, my: 0.5 }}>
            {data.excludedReasons.map((r) => (
              <li key={`${r.field}-${r.message}`}>
                {r.message} ({r.count})
              </li>
            ))}
          </Box>
        </Alert>
      )}
    </Box>
  );
}
