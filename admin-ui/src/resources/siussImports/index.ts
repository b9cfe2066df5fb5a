import UploadFileIcon from '@mui/icons-material/UploadFile';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `siussImports`: file imports of SIUSS records (CSV, XLSX, TXT) and their rejected rows. */
export const siussImports = {
  list: lazy(() => import('./SiussImportList')),
  show: lazy(() => import('./SiussImportShow')),
  create: lazy(() => import('./SiussImportCreate')),
  icon: UploadFileIcon,
  recordRepresentation: (record: { fileName?: string | null }) => record.fileName ?? '',
} satisfies Omit<ResourceProps, 'name'>;
