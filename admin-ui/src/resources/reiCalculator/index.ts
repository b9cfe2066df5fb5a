import CalculateIcon from '@mui/icons-material/Calculate';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `reiCalculator`: the REI benefit calculator, a page of its own (no records). */
export const reiCalculator = {
  list: lazy(() => import('./ReiCalculator')),
  icon: CalculateIcon,
} satisfies Omit<ResourceProps, 'name'>;
