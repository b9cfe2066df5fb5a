import {
  Alert,
  Box,
  Card,
  CardContent,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { formatInstant } from '../i18n/format';
import { formatIndicatorValue } from './indicatorFormat';
import { indicatorListPath } from './indicatorLinks';
import { arrangeGroups } from './indicatorValues';
import { needsFor, useIndicatorValues } from './useIndicatorValues';
import type { DashboardIndicator } from './useDashboardData';

const IndicatorChart = lazy(() => import('./IndicatorChart'));

/** One indicator: its value, and for grouped ones a chart with the same figures as a table. */
export function IndicatorCard({ indicator }: { indicator: DashboardIndicator }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { measurement, unit, entity, groupBy } = indicator;
  const names = useIndicatorValues(entity, needsFor(entity, groupBy));
  const groups = arrangeGroups(measurement?.groups ?? [], {
    entity,
    groupBy,
    lastMonths: indicator.period?.lastMonths,
  }).map((g) => ({ ...g, label: names.label(groupBy, g.key) }));
  const listPath = indicatorListPath(indicator);
  const groupPath = (key: string) => indicatorListPath(indicator, key);
  const clickable = groups.some((g) => groupPath(g.key));
  const headingId = `indicator-${indicator.key}`;
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      sx={{ height: '100%' }}
      data-indicator={indicator.key}
    >
      <CardContent>
        <Typography id={headingId} component="h3" variant="subtitle1" gutterBottom>
          {indicator.label}
        </Typography>
        {measurement?.error ? (
          <Alert severity="warning">{measurement.error}</Alert>
        ) : (
          <>
            <Typography component="p" variant="h4" data-testid="indicator-value">
              {listPath ? (
                <Link
                  component={RouterLink}
                  to={listPath}
                  underline="hover"
                  aria-label={translate('app.dashboard.open_list', {
                    label: indicator.label,
                    value: formatIndicatorValue(measurement?.value, unit),
                  })}
                >
                  {formatIndicatorValue(measurement?.value, unit)}
                </Link>
              ) : (
                formatIndicatorValue(measurement?.value, unit)
              )}
            </Typography>
            {indicator.target !== null && (
              <Typography variant="body2" color="text.secondary">
                {translate('app.dashboard.target', {
                  target: formatIndicatorValue(indicator.target, unit),
                })}
              </Typography>
            )}
            {groups.length > 0 && (
              <>
                <Suspense fallback={<Skeleton variant="rectangular" height={220} />}>
                  <IndicatorChart
                    groups={groups}
                    byMonth={Boolean(indicator.groupBy?.endsWith(':month'))}
                    unit={unit}
                    onSelect={
                      clickable
                        ? (key) => {
                            const path = groupPath(key);
                            if (path) navigate(path);
                          }
                        : undefined
                    }
                    label={translate('app.dashboard.chart_of', { label: indicator.label })}
                  />
                </Suspense>
                <Box component="details" sx={{ mt: 1 }}>
                  <Typography component="summary" variant="body2" sx={{ cursor: 'pointer' }}>
                    {translate('app.dashboard.as_table')}
                  </Typography>
                  <Table size="small">
                    <caption style={{ position: 'absolute', left: -10000 }}>
                      {indicator.label}
                    </caption>
                    <TableHead>
                      <TableRow>
                        <TableCell component="th" scope="col">
                          {translate('app.dashboard.group')}
                        </TableCell>
                        <TableCell component="th" scope="col" align="right">
                          {translate('app.dashboard.value')}
                        </TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {groups.map((g) => (
                        <TableRow key={g.key}>
                          <TableCell component="th" scope="row">
                            {groupPath(g.key) ? (
                              <Link component={RouterLink} to={groupPath(g.key)!}>
                                {g.label}
                              </Link>
                            ) : (
                              g.label
                            )}
                          </TableCell>
                          <TableCell align="right">{formatIndicatorValue(g.value, unit)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              </>
            )}
            {measurement && (
              <Typography variant="caption" color="text.secondary">
                {translate('app.dashboard.computed_at', {
                  at: formatInstant(measurement.computedAt),
                })}
              </Typography>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
