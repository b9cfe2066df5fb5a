import ListAltIcon from '@mui/icons-material/ListAlt';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `valueLists`: the comune's lists and the system ones (addressed by key). */
export const valueLists = {
  list: lazy(() => import('./ValueListList')),
  create: lazy(() => import('./ValueListCreate')),
  edit: lazy(() => import('./ValueListEdit')),
  show: lazy(() => import('./ValueListShow')),
  icon: ListAltIcon,
  recordRepresentation: (record: { label?: string }) => record.label ?? '',
} satisfies Omit<ResourceProps, 'name'>;
