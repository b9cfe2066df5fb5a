import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `households`: nuclei familiari with their members and ISEE (registry subgraph). */
export const households = {
  list: lazy(() => import('./HouseholdList')),
  show: lazy(() => import('./HouseholdShow')),
  create: lazy(() => import('./HouseholdCreate')),
  edit: lazy(() => import('./HouseholdEdit')),
  icon: FamilyRestroomIcon,
  recordRepresentation: (record: { members?: { subject: { lastName: string } }[] }) =>
    `Nucleo ${[...new Set((record.members ?? []).map((m) => m.subject.lastName))].join(' / ')}`,
} satisfies Omit<ResourceProps, 'name'>;
