import OutboxIcon from '@mui/icons-material/Outbox';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `reiInpsExports`: the files of applications sent to INPS (`inpsExports`). */
export const reiInpsExports = {
  list: lazy(() => import('./ReiInpsExportList')),
  show: lazy(() => import('./ReiInpsExportShow')),
  icon: OutboxIcon,
  recordRepresentation: (record: { fileName?: string }) => record.fileName ?? '',
} satisfies Omit<ResourceProps, 'name'>;
