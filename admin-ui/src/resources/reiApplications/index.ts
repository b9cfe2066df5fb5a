import DescriptionIcon from '@mui/icons-material/Description';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `reiApplications`: Reddito di Inclusione applications (rei subgraph; see auth/policy.ts). */
export const reiApplications = {
  list: lazy(() => import('./ReiApplicationList')),
  show: lazy(() => import('./ReiApplicationShow')),
  create: lazy(() => import('./ReiApplicationCreate')),
  edit: lazy(() => import('./ReiApplicationEdit')),
  icon: DescriptionIcon,
  recordRepresentation: (record: { protocolNumber?: string }) => record.protocolNumber ?? '',
} satisfies Omit<ResourceProps, 'name'>;

/** The personalised project editor, a route under the application (`/reiApplications/:id/project`). */
export const ReiProjectEdit = lazy(() => import('./project/ReiProjectEdit'));
