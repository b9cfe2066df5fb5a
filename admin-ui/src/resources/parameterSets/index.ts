import RuleIcon from '@mui/icons-material/Rule';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** `parameterSets`: the REI's dated thresholds, scales, caps and deadlines (config subgraph). */
export const parameterSets = {
  list: lazy(() => import('./ParameterSetList')),
  icon: RuleIcon,
} satisfies Omit<ResourceProps, 'name'>;
