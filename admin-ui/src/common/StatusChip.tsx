import { Chip } from '@mui/material';

/**
 * How a status reads at a glance. Every tone keeps WCAG AA contrast for its small text:
 * filled tones are white on ≥ 4.5:1 backgrounds, outlined ones dark text on white.
 */
export type StatusTone = 'neutral' | 'info' | 'strong' | 'success' | 'danger' | 'warning';

const TONES: Record<StatusTone, { color: string; background: string; border: string }> = {
  neutral: { color: '#1A1A1A', background: '#FFFFFF', border: '#767676' },
  info: { color: '#004D99', background: '#FFFFFF', border: '#0066CC' },
  strong: { color: '#FFFFFF', background: '#0066CC', border: '#0066CC' },
  success: { color: '#FFFFFF', background: '#1B6E20', border: '#1B6E20' },
  danger: { color: '#FFFFFF', background: '#B71C1C', border: '#B71C1C' },
  warning: { color: '#7A4100', background: '#FFF4E5', border: '#B25E00' },
};

export function StatusChip({ label, tone }: { label: string; tone: StatusTone }) {
  const { color, background, border } = TONES[tone];
  return (
    <Chip
      size="small"
      label={label}
      variant="outlined"
      sx={{ color, backgroundColor: background, borderColor: border, fontWeight: 600 }}
    />
  );
}
