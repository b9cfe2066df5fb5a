import InsightsIcon from '@mui/icons-material/Insights';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `indicators`: what the cruscotto measures (tenant admins define them). */
export const indicators = {
  list: lazy(() => import('./IndicatorList')),
  create: lazy(() => import('./IndicatorCreate')),
  edit: lazy(() => import('./IndicatorEdit')),
  icon: InsightsIcon,
  recordRepresentation: (record: { label?: string }) => record.label ?? '',
} satisfies Omit<ResourceProps, 'name'>;
