import { lazy } from 'react';

/** The cruscotto, loaded after login like every page. */
export const Dashboard = lazy(() => import('./Dashboard'));
