import { canAccessResource } from './policy';
import { readSession } from './session';

/**
 * Whether this tab's user may do `action` on `resource`: the rule of `authProvider.canAccess`
 * (auth/policy.ts), answered at once from the session in memory.
 *
 * Buttons inside a page use this, not react-admin's `useCanAccess`. That hook runs a react-query
 * query whose key, without a record, is the very key `<Edit>`/`<Show>`/`<Create>` read to decide
 * whether their own access check is still pending: a button asking `edit` on the record's resource
 * inside its Edit page makes the page show "Caricamento", which unmounts the button, which cancels
 * its query back to "pending" with no one left to run it; the page then waits for ever (seen under
 * load in console-forms.e2e). The rule is a pure function of the session, so nothing here waits.
 */
export function useAllowed(resource: string, action: string): boolean {
  const session = readSession();
  return canAccessResource(session?.user ?? null, resource, action, session?.supportUntil);
}
