import TuneIcon from '@mui/icons-material/Tune';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `fieldDefinitions`: the comune's custom fields per entity (tenant admins). */
export const fieldDefinitions = {
  list: lazy(() => import('./FieldDefinitionList')),
  create: lazy(() => import('./FieldDefinitionCreate')),
  edit: lazy(() => import('./FieldDefinitionEdit')),
  icon: TuneIcon,
  recordRepresentation: (record: { label?: string; key?: string }) =>
    `${record.label} (${record.key})`,
} satisfies Omit<ResourceProps, 'name'>;
