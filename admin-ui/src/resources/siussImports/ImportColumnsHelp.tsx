import DownloadIcon from '@mui/icons-material/Download';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { downloadWithToken } from '../../common/fileTransfer';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleImportColumnsDocument } from '../../generated/graphql';

const t = (key: string) => `resources.siussImports.help.${key}`;

/**
 * The columns a file needs (standard, or those of the chosen layout) with what each holds, how
 * to write it and an example, and the templates to download: the same catalogue as the API's
 * `siussImportColumns` and the templates' «Istruzioni» sheet.
 */
export function ImportColumnsHelp({ layoutId }: { layoutId: string | null }) {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const headingId = useId();
  const help = useQuery({
    queryKey: ['siussImportColumns', layoutId ?? ''],
    queryFn: () => graphql(ConsoleImportColumnsDocument, { layoutId }),
  });
  const columns = help.data?.columns ?? [];
  const templates = help.data?.templates;
  const positions = columns.some((c) => c.start != null);
  const download = (url: string, name: string) =>
    downloadWithToken(url, name).catch((error: Error) => notify(error.message, { type: 'error' }));
  return (
    <Box sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!templates}
          onClick={() => templates && download(templates.csvUrl, 'modello-importazione-siuss.csv')}
        >
          {translate(t('templateCsv'))}
        </Button>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!templates}
          onClick={() =>
            templates && download(templates.xlsxUrl, 'modello-importazione-siuss.xlsx')
          }
        >
          {translate(t('templateXlsx'))}
        </Button>
      </Box>
      <Accordion variant="outlined" disableGutters>
        <AccordionSummary expandIcon={<ExpandMoreIcon />} id={headingId}>
          <Typography component="h2" variant="subtitle1">
            {translate(t('title'))}
          </Typography>
        </AccordionSummary>
        <AccordionDetails>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate(t('intro'))}
          </Typography>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="import-columns" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{translate(t('column'))}</TableCell>
                  <TableCell scope="col">{translate(t('description'))}</TableCell>
                  <TableCell scope="col">{translate(t('required'))}</TableCell>
                  <TableCell scope="col">{translate(t('format'))}</TableCell>
                  <TableCell scope="col">{translate(t('example'))}</TableCell>
                  {positions && <TableCell scope="col">{translate(t('position'))}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {columns.map((c) => (
                  <TableRow key={c.name}>
                    <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                      {c.name}
                    </TableCell>
                    <TableCell>
                      <strong>{c.label}</strong> — {c.description}
                    </TableCell>
                    <TableCell>
                      {translate(c.required ? 'ra.boolean.true' : 'ra.boolean.false')}
                    </TableCell>
                    <TableCell>{c.format}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{c.example}</TableCell>
                    {positions && (
                      <TableCell>
                        {c.start != null
                          ? translate(t('positionText'), { start: c.start, length: c.length ?? 0 })
                          : ''}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </AccordionDetails>
      </Accordion>
    </Box>
  );
}
