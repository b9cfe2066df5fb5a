import { useTheme } from '@mui/material';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatIndicatorValue } from './indicatorFormat';

export interface ChartGroup {
  /** The code the server grouped by (what a click filters on). */
  key: string;
  /** Its Italian name, on the axis and in the tooltip. */
  label: string;
  value: number | null;
}

/**
 * The groups of an indicator as a chart: a line over months (group by `…:month`), bars otherwise;
 * every bar and point carries its figure, the tooltip speaks Italian, and a click on a bar or
 * point opens the list of what it counts (`onSelect`, when that list can be filtered so).
 * Loaded only by the cruscotto (recharts stays out of every other screen); the figures are also
 * in a table beside it, for screen readers, keyboards and for reading exact values.
 */
export default function IndicatorChart({
  groups,
  byMonth,
  unit,
  label,
  onSelect,
}: {
  groups: ChartGroup[];
  byMonth: boolean;
  unit: string | null;
  label: string;
  onSelect?: (key: string) => void;
}) {
  const theme = useTheme();
  const data = groups.map((g) => ({ key: g.key, label: g.label, value: g.value ?? 0 }));
  const format = (value: unknown) => formatIndicatorValue(Number(value), unit);
  const common = { data, margin: { top: 20, right: 8, bottom: 8, left: 0 } };
  const select = onSelect
    ? (entry: unknown) => {
        const key = (entry as { payload?: { key?: string } })?.payload?.key;
        if (key !== undefined) onSelect(key);
      }
    : undefined;
  const text = { fontSize: 12, fill: theme.palette.text.primary };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
      <XAxis dataKey="label" tick={text} interval={byMonth ? 'preserveStartEnd' : 0} />
      <YAxis tick={text} tickFormatter={format} width={64} allowDecimals={false} />
      <Tooltip
        formatter={(value) => [format(value), 'Valore']}
        labelFormatter={(name) => String(name)}
        cursor={{ fill: theme.palette.action.hover }}
      />
    </>
  );
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 240 }}>
      <ResponsiveContainer>
        {byMonth ? (
          <LineChart {...common}>
            {axes}
            <Line
              type="linear"
              dataKey="value"
              name="Valore"
              stroke={theme.palette.primary.main}
              strokeWidth={2}
              isAnimationActive={false}
              activeDot={
                select
                  ? { onClick: (_: unknown, e: unknown) => select(e), style: { cursor: 'pointer' } }
                  : true
              }
            >
              <LabelList dataKey="value" position="top" formatter={format} style={text} />
            </Line>
          </LineChart>
        ) : (
          <BarChart {...common}>
            {axes}
            <Bar
              dataKey="value"
              name="Valore"
              fill={theme.palette.primary.main}
              isAnimationActive={false}
              onClick={select}
              style={select ? { cursor: 'pointer' } : undefined}
            >
              <LabelList dataKey="value" position="top" formatter={format} style={text} />
            </Bar>
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
