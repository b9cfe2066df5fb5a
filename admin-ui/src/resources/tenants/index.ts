import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `tenants`: the comuni of the installation (platform admins). */
export const tenants = {
  list: lazy(() => import('./TenantList')),
  create: lazy(() => import('./TenantCreate')),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
