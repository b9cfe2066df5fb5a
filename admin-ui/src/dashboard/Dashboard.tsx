import InsightsIcon from '@mui/icons-material/Insights';
import { Alert, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { readSession } from '../auth/session';

/** The cruscotto: for now who and where you are; the tenant's indicators come with `indicators`. */
export default function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const tenant = readSession()?.user.tenant;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="app.dashboard.title" />
      <Card>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
          </Typography>
          {tenant ? (
            <Typography>{translate('app.dashboard.tenant', { name: tenant.name })}</Typography>
          ) : (
            <Alert severity="info">{translate('app.tenant.choose')}</Alert>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader
          avatar={<InsightsIcon color="primary" />}
          title={translate('app.dashboard.indicators')}
          titleTypographyProps={{ component: 'h2', variant: 'h6' }}
        />
        <CardContent>
          <Typography color="text.secondary">
            {translate('app.dashboard.indicators_soon')}
          </Typography>
        </CardContent>
      </Card>
    </Stack>
  );
}
