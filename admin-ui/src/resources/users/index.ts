import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `users`: the comune's people and their roles (tenant admins; see auth/policy.ts). */
export const users = {
  list: lazy(() => import('./UserList')),
  create: lazy(() => import('./UserCreate')),
  edit: lazy(() => import('./UserEdit')),
  icon: PeopleIcon,
  recordRepresentation: (record: { fullName?: string; username?: string }) =>
    `${record.fullName} (${record.username})`,
} satisfies Omit<ResourceProps, 'name'>;
