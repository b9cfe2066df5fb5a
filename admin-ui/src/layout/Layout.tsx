import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useSessionExpiry } from '../auth/useSessionExpiry';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/** react-admin's layout (with its skip-to-content link) plus our app bar, menu and session timer. */
export function Layout({ children }: { children: ReactNode }) {
  useSessionExpiry();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
