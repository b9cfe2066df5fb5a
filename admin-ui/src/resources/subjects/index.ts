import PersonIcon from '@mui/icons-material/Person';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `subjects`: the comune's anagrafica (registry subgraph); everyone reads, viewers never write. */
export const subjects = {
  list: lazy(() => import('./SubjectList')),
  show: lazy(() => import('./SubjectShow')),
  create: lazy(() => import('./SubjectCreate')),
  edit: lazy(() => import('./SubjectEdit')),
  icon: PersonIcon,
  recordRepresentation: (record: { lastName?: string; firstName?: string; fiscalCode?: string }) =>
    `${record.lastName} ${record.firstName} (${record.fiscalCode})`,
} satisfies Omit<ResourceProps, 'name'>;
