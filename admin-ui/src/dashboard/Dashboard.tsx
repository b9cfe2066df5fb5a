import { errorText } from '../common/errorText';
import { Alert, Box, Card, CardContent, Grid, Skeleton, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { readSession } from '../auth/session';
import { IndicatorCard } from './IndicatorCard';
import { useDashboardIndicators } from './useDashboardData';
import { InvalidBenefitsCard, ReiDeadlinesCard } from './WorkQueueCards';

function Indicators() {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboardIndicators(true);
  return (
    <Box component="section" aria-labelledby="indicators-heading" aria-busy={isPending}>
      <Typography id="indicators-heading" component="h2" variant="h6" sx={{ mb: 1 }}>
        {translate('app.dashboard.indicators')}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : error ? (
        <Alert severity="warning">{errorText(error, translate)}</Alert>
      ) : !data?.length ? (
        <Alert severity="info">{translate('app.dashboard.no_indicators')}</Alert>
      ) : (
        <Grid container spacing={2}>
          {data.map((indicator) => (
            <Grid
              key={indicator.id}
              size={{ xs: 12, md: indicator.measurement?.groups.length ? 6 : 3 }}
            >
              <IndicatorCard indicator={indicator} />
            </Grid>
          ))}
        </Grid>
      )}
    </Box>
  );
}

/** The cruscotto: the comune's indicators, this week's REI deadlines, SIUSS records to correct. */
export default function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const tenant = readSession()?.user.tenant;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title="app.dashboard.title" />
      <Card>
        <CardContent>
          <Typography component="h2" variant="h5" gutterBottom>
            {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          {tenant ? (
            <Typography>{translate('app.dashboard.tenant', { name: tenant.name })}</Typography>
          ) : (
            <Alert severity="info">{translate('app.tenant.choose')}</Alert>
          )}
        </CardContent>
      </Card>
      {tenant && (
        <>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <ReiDeadlinesCard />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <InvalidBenefitsCard />
            </Grid>
          </Grid>
          <Indicators />
        </>
      )}
    </Stack>
  );
}
