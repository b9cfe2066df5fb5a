import TableChartIcon from '@mui/icons-material/TableChart';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `siussImportLayouts`: the comune's saved column mappings for SIUSS imports. */
export const siussImportLayouts = {
  list: lazy(() => import('./ImportLayoutList')),
  create: lazy(() => import('./ImportLayoutCreate')),
  edit: lazy(() => import('./ImportLayoutEdit')),
  icon: TableChartIcon,
  recordRepresentation: (record: { name?: string }) => record.name ?? '',
} satisfies Omit<ResourceProps, 'name'>;
