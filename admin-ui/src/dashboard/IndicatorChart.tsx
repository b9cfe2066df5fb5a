import { useTheme } from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatIndicatorValue } from './indicatorFormat';
import type { IndicatorGroup } from './useDashboardData';

/**
 * The groups of an indicator as a chart: a line over months (group by `…:month`), bars otherwise.
 * Loaded only by the cruscotto (recharts stays out of every other screen); the figures are also
 * in a table beside it, for screen readers and for reading exact values.
 */
export default function IndicatorChart({
  groups,
  byMonth,
  unit,
  label,
}: {
  groups: IndicatorGroup[];
  byMonth: boolean;
  unit: string | null;
  label: string;
}) {
  const theme = useTheme();
  const data = groups.map((g) => ({ key: g.key || '—', value: g.value ?? 0 }));
  const format = (value: number) => formatIndicatorValue(value, unit);
  const common = { data, margin: { top: 8, right: 8, bottom: 8, left: 0 } };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
      <XAxis dataKey="key" tick={{ fontSize: 12, fill: theme.palette.text.primary }} />
      <YAxis
        tick={{ fontSize: 12, fill: theme.palette.text.primary }}
        tickFormatter={format}
        width={64}
      />
      <Tooltip formatter={(value) => format(Number(value))} />
    </>
  );
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer>
        {byMonth ? (
          <LineChart {...common}>
            {axes}
            <Line
              type="monotone"
              dataKey="value"
              stroke={theme.palette.primary.main}
              strokeWidth={2}
            />
          </LineChart>
        ) : (
          <BarChart {...common}>
            {axes}
            <Bar dataKey="value" fill={theme.palette.primary.main} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
