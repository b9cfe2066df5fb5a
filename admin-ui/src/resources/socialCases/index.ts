import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import type { SocialCaseRow } from './types';

/**
 * `socialCases`: cartelle sociali (casework subgraph), the caseworker's daily tool: the person in
 * care, the équipe, the diary. Off the équipe a caseworker sees only that a case exists.
 */
export const socialCases = {
  list: lazy(() => import('./SocialCaseList')),
  show: lazy(() => import('./SocialCaseShow')),
  create: lazy(() => import('./SocialCaseCreate')),
  edit: lazy(() => import('./SocialCaseEdit')),
  icon: FolderSharedIcon,
  recordRepresentation: (record: SocialCaseRow) => record.number,
} satisfies Omit<ResourceProps, 'name'>;
