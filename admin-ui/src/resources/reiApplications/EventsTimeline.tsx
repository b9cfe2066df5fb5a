import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Section } from '../../common/Section';
import { formatInstant } from '../../i18n/format';
import { ReiStatusChip } from './ReiStatusChip';
import type { ReiApplicationRecord } from './types';

/** Cronologia: every operation on the application, newest first — who, when, from → to, why. */
export function EventsTimeline({ application }: { application: ReiApplicationRecord }) {
  const translate = useTranslate();
  const events = [...application.events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Section title="resources.reiApplications.section.events">
      {events.length === 0 ? (
        <Typography variant="body2">{translate('resources.reiApplications.event.none')}</Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="rei-events">
          {events.map((event) => (
            <Box
              component="li"
              key={event.id}
              sx={{
                borderLeft: '3px solid',
                borderColor: 'primary.main',
                pl: 1.5,
                pb: 1.5,
                ml: 0.5,
              }}
            >
              <Typography variant="caption" color="text.secondary" component="p">
                {formatInstant(event.at)} ·{' '}
                {translate('resources.reiApplications.event.by', { by: event.by })}
              </Typography>
              <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
                {translate(`resources.reiApplications.event.${event.action}`, { _: event.action })}
              </Typography>
              {event.from !== event.to && (
                <Box
                  sx={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 0.5,
                    my: 0.5,
                    flexWrap: 'wrap',
                  }}
                >
                  {event.from && <ReiStatusChip status={event.from} />}
                  {event.from && <ArrowForwardIcon fontSize="small" />}
                  <ReiStatusChip status={event.to} />
                </Box>
              )}
              {event.note && (
                <Typography variant="body2" component="p">
                  {event.note}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Section>
  );
}
