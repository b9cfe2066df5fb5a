import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Section } from '../../common/Section';
import { StatusChip, type StatusTone } from '../../common/StatusChip';
import { formatDay } from '../../i18n/format';
import type { ReiApplicationRecord, ReiDeadline } from './types';

const TONES: Record<string, StatusTone> = {
  PENDING: 'info',
  OVERDUE: 'danger',
  MET: 'success',
  MET_LATE: 'warning',
  WAITING: 'neutral',
  NOT_APPLICABLE: 'neutral',
};

/** Scadenze: sending to INPS, INPS's answer, the preliminary assessment, the project signature. */
export function DeadlinesSection({ application }: { application: ReiApplicationRecord }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.reiApplications.deadline.${key}`);
  const { sendToInps, inpsAnswer, preliminaryAssessment, projectSignature } = application.deadlines;
  const deadlines: ReiDeadline[] = [
    sendToInps,
    inpsAnswer,
    preliminaryAssessment,
    projectSignature,
  ];
  return (
    <Section title="resources.reiApplications.section.deadlines">
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {deadlines.map((deadline) => (
          <Box
            component="li"
            key={deadline.code}
            data-deadline={deadline.code}
            sx={{
              py: 1,
              borderBottom: 1,
              borderColor: 'divider',
              '&:last-of-type': { borderBottom: 0 },
            }}
          >
            <Box
              sx={{
                display: 'flex',
                justifyContent: 'space-between',
                gap: 1,
                alignItems: 'center',
              }}
            >
              <Typography variant="body2" component="h3" sx={{ fontWeight: 600 }}>
                {deadline.label}
              </Typography>
              <StatusChip
                label={t(`state_${deadline.state}`)}
                tone={TONES[deadline.state] ?? 'neutral'}
              />
            </Box>
            <Typography variant="body2">
              {t('dueDate')}: {formatDay(deadline.dueDate) || '—'}
              {deadline.metOn && ` · ${t('metOn')} ${formatDay(deadline.metOn)}`}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {deadline.rule}
            </Typography>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
