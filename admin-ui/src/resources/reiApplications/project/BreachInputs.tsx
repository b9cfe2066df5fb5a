import { Alert, Box, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { formatAmount, formatDay } from '../../../i18n/format';
import { p } from './projectInputs';
import type { ProjectRecord } from './projectOperations';

const KINDS = ['MISSED_APPOINTMENT', 'REFUSED_JOB_OFFER'].map((id) => ({
  id,
  name: `resources.reiApplications.project.breachKind.${id}`,
}));

/** The sanctions the saved breaches bring (computed by the server, art. 12). */
function SanctionsSummary({ project }: { project: ProjectRecord | null }) {
  const translate = useTranslate();
  const sanctions = project?.sanctions;
  const s = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.reiApplications.project.sanction.${key}`, options);
  return (
    <Box component="section" aria-label={s('title')} sx={{ mt: 2, width: '100%' }}>
      <Typography component="h3" variant="subtitle1">
        {s('title')}
      </Typography>
      {!sanctions || sanctions.items.length === 0 ? (
        <Typography variant="body2">{s('none')}</Typography>
      ) : (
        <>
          <Box component="ul" sx={{ pl: 3, my: 0.5 }}>
            {sanctions.items.map((item) => (
              <Typography component="li" variant="body2" key={`${item.date}-${item.description}`}>
                {formatDay(item.date)}: {s(`effect_${item.effect}`)} — {item.description}
                {item.reduction ? ` (${formatAmount(item.reduction)})` : ''}
              </Typography>
            ))}
          </Box>
          <Typography variant="body2">
            {s('totalReduction', { amount: formatAmount(sanctions.totalReduction) })}
          </Typography>
          {sanctions.decadenza && <Alert severity="error">{s('decadenza')}</Alert>}
        </>
      )}
    </Box>
  );
}

/** Appuntamenti mancati e altri inadempimenti, with the sanctions they bring. */
export function BreachInputs({ project }: { project: ProjectRecord | null }) {
  return (
    <>
      <ArrayInput source="breaches" label={p('breaches')}>
        <SimpleFormIterator inline disableReordering>
          <DateInput source="date" label={p('date')} validate={required()} />
          <SelectInput
            source="kind"
            label={p('kind')}
            choices={KINDS}
            defaultValue="MISSED_APPOINTMENT"
            validate={required()}
          />
          <BooleanInput source="justified" label={p('justified')} />
          <TextInput source="note" label={p('note')} />
        </SimpleFormIterator>
      </ArrayInput>
      <SanctionsSummary project={project} />
    </>
  );
}
