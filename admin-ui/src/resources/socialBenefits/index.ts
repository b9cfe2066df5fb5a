import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `socialBenefits`: SIUSS benefit records (prestazioni sociali) with their validation issues. */
export const socialBenefits = {
  list: lazy(() => import('./SocialBenefitList')),
  show: lazy(() => import('./SocialBenefitShow')),
  create: lazy(() => import('./SocialBenefitCreate')),
  edit: lazy(() => import('./SocialBenefitEdit')),
  icon: VolunteerActivismIcon,
  recordRepresentation: (record: { fiscalCode?: string; serviceCode?: string }) =>
    `${record.serviceCode ?? ''} ${record.fiscalCode ?? ''}`.trim(),
} satisfies Omit<ResourceProps, 'name'>;
