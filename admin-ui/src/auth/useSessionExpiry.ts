import { useEffect, useState } from 'react';
import { useLogout } from 'react-admin';
import { clearSession, msUntilExpiry, readSession, sessionHolder } from './session';

// setTimeout holds at most 2^31-1 ms (about 24 days); sessions are hours long.
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Logs out when the token expires, even if the user does nothing: the login page then says the
 * session has expired, and after signing in the user comes back to the same page. A token renewed
 * in another tab moves the deadline.
 */
export function useSessionExpiry(): void {
  const logout = useLogout();
  const [renewals, setRenewals] = useState(0);
  useEffect(
    () =>
      sessionHolder.subscribe((change) => {
        if (change.kind === 'renewed') setRenewals((n) => n + 1);
      }),
    [],
  );
  useEffect(() => {
    const session = readSession();
    if (!session) return;
    const timer = setTimeout(
      () => {
        clearSession('expired');
        logout({}, '/login', true);
      },
      Math.min(Math.max(msUntilExpiry(session), 0), MAX_DELAY),
    );
    return () => clearTimeout(timer);
  }, [logout, renewals]);
}
