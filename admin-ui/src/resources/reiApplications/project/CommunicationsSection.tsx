import AddCommentIcon from '@mui/icons-material/AddComment';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DateInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../../../common/ActionDialog';
import { Section } from '../../../common/Section';
import { todayInItaly } from '../../../common/today';
import { formatDay } from '../../../i18n/format';
import type { ProjectRecord } from './projectOperations';

type Communication = ProjectRecord['communications'][number];

const c = (key: string) => `resources.reiApplications.project.communications.${key}`;

/** Comunicazioni e report: an append-only log (entries are never edited). */
export function CommunicationsSection({
  communications,
  canWrite,
  onLog,
}: {
  communications: Communication[];
  canWrite: boolean;
  onLog: (input: Record<string, unknown>) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  return (
    <Section
      title={c('title')}
      actions={
        canWrite && (
          <Button label={c('add')} onClick={() => setOpen(true)}>
            <AddCommentIcon />
          </Button>
        )
      }
    >
      {communications.length === 0 ? (
        <Typography variant="body2">{translate(c('none'))}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              {['on', 'kind', 'direction', 'counterpart', 'subject', 'text'].map((key) => (
                <TableCell scope="col" key={key}>
                  {translate(c(key))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {communications.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{formatDay(entry.on)}</TableCell>
                <TableCell>{translate(c(`kind_${entry.kind}`))}</TableCell>
                <TableCell>
                  {entry.direction ? translate(c(`direction_${entry.direction}`)) : ''}
                </TableCell>
                <TableCell>{entry.counterpart}</TableCell>
                <TableCell component="th" scope="row">
                  {entry.subject}
                </TableCell>
                <TableCell>{entry.text}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={c('add')}
        submitLabel={c('add')}
        defaultValues={{ kind: 'COMMUNICATION', on: todayInItaly() }}
        inputs={['kind', 'on', 'direction', 'counterpart', 'subject', 'text']}
        onSubmit={async (values) => {
          await onLog({
            kind: values.kind,
            on: values.on,
            direction: values.direction || null,
            counterpart: values.counterpart || null,
            subject: values.subject,
            text: values.text || null,
          });
          notify(c('done'), { type: 'success' });
        }}
      >
        <RadioButtonGroupInput
          source="kind"
          label={c('kind')}
          choices={['COMMUNICATION', 'REPORT'].map((id) => ({ id, name: c(`kind_${id}`) }))}
        />
        <DateInput source="on" label={c('on')} validate={required()} />
        <SelectInput
          source="direction"
          label={c('direction')}
          choices={['INCOMING', 'OUTGOING'].map((id) => ({ id, name: c(`direction_${id}`) }))}
        />
        <TextInput source="counterpart" label={c('counterpart')} fullWidth />
        <TextInput source="subject" label={c('subject')} validate={required()} fullWidth />
        <TextInput source="text" label={c('text')} multiline minRows={3} fullWidth />
      </ActionDialog>
    </Section>
  );
}
