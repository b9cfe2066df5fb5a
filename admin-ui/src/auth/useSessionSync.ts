import { useEffect } from 'react';
import { useLogout } from 'react-admin';
import { logoutMutation } from './identityApi';
import { sessionHolder } from './session';

/**
 * Follows what the other tabs do with the shared session: a logout in any of them logs this one
 * out too (react-admin's logout: the login page, and every record loaded here dropped from memory).
 */
export function useSessionSync(): void {
  const logout = useLogout();
  useEffect(
    () =>
      sessionHolder.subscribe((change) => {
        if (change.kind !== 'ended-elsewhere') return;
        // This tab worked under a token of its own (another comune): it ends on the server too.
        if (change.otherToken) void logoutMutation(change.otherToken).catch(() => undefined);
        logout({}, '/login', false);
      }),
    [logout],
  );
}
