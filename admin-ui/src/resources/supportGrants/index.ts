import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/**
 * `supportGrants`: the comune's admin lets a platform admin read and change its people's records
 * for a limited time (see auth/policy.ts: only the comune's admin grants or revokes).
 */
export const supportGrants = {
  list: lazy(() => import('./SupportGrantList')),
  create: lazy(() => import('./SupportGrantCreate')),
  icon: SupportAgentIcon,
  recordRepresentation: 'granteeUsername',
} satisfies Omit<ResourceProps, 'name'>;
