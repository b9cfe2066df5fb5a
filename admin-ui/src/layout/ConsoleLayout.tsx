import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { useSessionExpiry } from '../auth/useSessionExpiry';
import { useSessionSync } from '../auth/useSessionSync';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * react-admin's layout (with its skip-to-content link) plus our app bar, menu, session timer and
 * the session shared with the other tabs.
 */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  useSessionExpiry();
  useSessionSync();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
