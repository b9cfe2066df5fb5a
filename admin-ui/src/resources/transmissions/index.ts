import SendIcon from '@mui/icons-material/Send';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import { formatInstant } from '../../i18n/format';

/** `transmissions`: SIUSS flows sent to INPS (PS-PSA-SINA and SINBA files). */
export const transmissions = {
  list: lazy(() => import('./TransmissionList')),
  show: lazy(() => import('./TransmissionShow')),
  create: lazy(() => import('./TransmissionCreate')),
  icon: SendIcon,
  recordRepresentation: (record: { createdAt?: string; flow?: string }) =>
    `${record.flow?.replace(/_/g, '-') ?? ''} ${formatInstant(record.createdAt)}`.trim(),
} satisfies Omit<ResourceProps, 'name'>;
