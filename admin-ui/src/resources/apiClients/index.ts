import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `apiClients`: third-party applications with OAuth2 client credentials (tenant admins). */
export const apiClients = {
  list: lazy(() => import('./ApiClientList')),
  create: lazy(() => import('./ApiClientCreate')),
  icon: VpnKeyIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
