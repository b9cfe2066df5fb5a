import { errorText } from '../common/errorText';
import {
  Alert,
  Card,
  CardContent,
  CardHeader,
  Link,
  List,
  ListItem,
  Typography,
} from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatDay } from '../i18n/format';
import { useInvalidBenefits, useReiDeadlinesThisWeek } from './useDashboardData';

const header = { component: 'h2', variant: 'h6' } as const;

/** REI applications with a deadline due by Sunday (overdue ones marked), linked to their pages. */
export function ReiDeadlinesCard() {
  const translate = useTranslate();
  const { data, isPending, error } = useReiDeadlinesThisWeek(true);
  return (
    <Card
      component="section"
      aria-labelledby="rei-deadlines"
      aria-busy={isPending}
      sx={{ height: '100%' }}
    >
      <CardHeader
        avatar={<EventIcon color="primary" />}
        title={<span id="rei-deadlines">{translate('app.dashboard.rei_deadlines')}</span>}
        slotProps={{ title: header }}
      />
      <CardContent>
        {isPending ? (
          <Typography color="text.secondary">{translate('ra.page.loading')}</Typography>
        ) : error ? (
          <Alert severity="warning">{errorText(error, translate)}</Alert>
        ) : !data?.length ? (
          <Typography>{translate('app.dashboard.no_rei_deadlines')}</Typography>
        ) : (
          <List dense disablePadding>
            {data.map((a) => (
              <ListItem key={a.id} disableGutters>
                <Typography variant="body2">
                  <Link component={RouterLink} to={`/reiApplications/${a.id}/show`}>
                    {a.protocolNumber}
                  </Link>{' '}
                  {a.applicantName ?? ''} —{' '}
                  {translate('app.dashboard.due', { date: formatDay(a.deadlines.nextDue) })}
                  {a.deadlines.overdue && (
                    <Typography
                      component="strong"
                      variant="body2"
                      color="error.main"
                      sx={{ fontWeight: 600 }}
                    >
                      {' '}
                      ({translate('app.dashboard.overdue')})
                    </Typography>
                  )}
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

/** SIUSS benefit records still INVALID: the count and the latest ones with their first issue. */
export function InvalidBenefitsCard() {
  const translate = useTranslate();
  const { data, isPending, error } = useInvalidBenefits(true);
  return (
    <Card
      component="section"
      aria-labelledby="siuss-invalid"
      aria-busy={isPending}
      sx={{ height: '100%' }}
    >
      <CardHeader
        avatar={<ReportProblemIcon color="warning" />}
        title={<span id="siuss-invalid">{translate('app.dashboard.invalid_benefits')}</span>}
        slotProps={{ title: header }}
      />
      <CardContent>
        {isPending ? (
          <Typography color="text.secondary">{translate('ra.page.loading')}</Typography>
        ) : error ? (
          <Alert severity="warning">{errorText(error, translate)}</Alert>
        ) : (
          <>
            <Typography component="p" variant="h4" data-testid="invalid-benefits-total">
              {data?.total ?? 0}
            </Typography>
            <List dense disablePadding>
              {data?.items.map((b) => (
                <ListItem key={b.id} disableGutters>
                  <Typography variant="body2">
                    <Link component={RouterLink} to={`/socialBenefits/${b.id}/show`}>
                      {b.fiscalCode}
                    </Link>{' '}
                    {b.serviceCode} — {b.issues[0]?.message ?? ''}
                  </Typography>
                </ListItem>
              ))}
            </List>
            {Boolean(data?.total) && (
              <Link
                component={RouterLink}
                to={`/socialBenefits?filter=${encodeURIComponent(JSON.stringify({ status: ['INVALID'] }))}`}
              >
                {translate('app.dashboard.all_invalid')}
              </Link>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
