import DownloadIcon from '@mui/icons-material/Download';
import ListIcon from '@mui/icons-material/List';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link } from 'react-router-dom';
import { Button, Loading, Show, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { downloadWithToken } from '../../common/fileTransfer';
import { Fact, Facts, Section } from '../../common/Section';
import type { TransmissionRowFragment } from '../../generated/graphql';
import { formatInstant } from '../../i18n/format';

/** A transmission as the transmissions resource reads it (operations/siuss.graphql). */
type TransmissionRecord = TransmissionRowFragment;
type TransmissionFile = TransmissionRecord['files'][number];

const bytes = new Intl.NumberFormat('it-IT', { useGrouping: 'always' } as Intl.NumberFormatOptions);

function FilesTable({ files }: { files: TransmissionFile[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string) => translate(`resources.transmissions.file.${key}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('name')}</TableCell>
          <TableCell scope="col" align="right">
            {t('records')}
          </TableCell>
          <TableCell scope="col" align="right">
            {t('sizeBytes')}
          </TableCell>
          <TableCell scope="col">{t('sha256')}</TableCell>
          <TableCell scope="col">{translate('app.action.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {files.map((file) => (
          <TableRow key={file.name}>
            <TableCell component="th" scope="row">
              {file.name}
            </TableCell>
            <TableCell align="right">{file.records}</TableCell>
            <TableCell align="right">{bytes.format(file.sizeBytes)} B</TableCell>
            <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
              {file.sha256}
            </TableCell>
            <TableCell>
              <Button
                label={translate('resources.transmissions.download', { name: file.name })}
                onClick={() =>
                  downloadWithToken(file.url, file.name).catch((error: Error) =>
                    notify(error.message, { type: 'error' }),
                  )
                }
              >
                <DownloadIcon />
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function TransmissionLayout() {
  const record = useRecordContext<TransmissionRecord>();
  const translate = useTranslate();
  if (!record) return <Loading />;
  const f = (key: string) => `resources.transmissions.fields.${key}`;
  const filter = encodeURIComponent(JSON.stringify({ transmissionId: record.id }));
  return (
    <>
      <Section title="resources.transmissions.one">
        <Facts>
          <Fact label={f('createdAt')}>{formatInstant(record.createdAt)}</Fact>
          <Fact label={f('createdBy')}>{record.createdBy}</Fact>
          <Fact label={f('flow')}>
            {translate(`resources.transmissions.flow.${record.flow}`, { _: record.flow })}
          </Fact>
          <Fact label={f('status')}>
            {translate(`resources.transmissions.status.${record.status}`, { _: record.status })}
          </Fact>
          <Fact label={f('benefitCount')}>{record.benefitCount}</Fact>
          <Fact label={f('recordCount')}>{record.recordCount}</Fact>
          <Fact label={f('recordsPerFile')}>{record.recordsPerFile}</Fact>
        </Facts>
        <Button
          label="resources.transmissions.benefits"
          component={Link}
          to={`/socialBenefits?filter=${filter}`}
          sx={{ mt: 1 }}
        >
          <ListIcon />
        </Button>
      </Section>
      <Section title="resources.transmissions.fields.files">
        <FilesTable files={record.files} />
      </Section>
    </>
  );
}

/** Un invio: its figures and its XML files, each with its SHA-256, to download. */
export default function TransmissionShow() {
  return (
    <Show component="div" sx={{ p: 2 }}>
      <TransmissionLayout />
    </Show>
  );
}
