import {
  Alert,
  Box,
  Card,
  CardContent,
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
import { formatInstant } from '../i18n/format';
import { formatIndicatorValue } from './indicatorFormat';
import type { DashboardIndicator } from './useDashboardData';

const IndicatorChart = lazy(() => import('./IndicatorChart'));

const MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];

/** A group's key as people read it: `2018-03` → `mar 2018`, `true` → Sì. */
function groupLabel(
  key: string,
  translate: (key: string, options?: object) => string,
  field?: string | null,
) {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  if (key === 'true') return translate('ra.boolean.true');
  if (key === 'false') return translate('ra.boolean.false');
  if (!key) return '—';
  if (field === 'status') return translate(`resources.subjects.rei_status.${key}`, { _: key });
  if (field === 'sex') return translate(`resources.subjects.sex.${key}`, { _: key });
  return key;
}

/** One indicator: its value, and for grouped ones a chart with the same figures as a table. */
export function IndicatorCard({ indicator }: { indicator: DashboardIndicator }) {
  const translate = useTranslate();
  const { measurement, unit } = indicator;
  const groups = (measurement?.groups ?? []).map((g) => ({
    ...g,
    key: groupLabel(g.key, translate, indicator.groupBy?.split(':')[0]),
  }));
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
              {formatIndicatorValue(measurement?.value, unit)}
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
                            {g.key}
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
