import type { Principal } from '@sisa/kernel';
import {
  isPlatformAdminWithoutGrant,
  mayCreateUserWithoutGrant,
  mayGrantScopesWithoutGrant,
  mayUpdateUserWithoutGrant,
} from '../src/domain/platformAdminReach';

const principal = (roles: Principal['roles'], supportGrantId?: string): Principal =>
  ({
    kind: 'user',
    subjectId: 'u',
    tenantId: 't',
    roles,
    scopes: [],
    name: 'x',
    supportGrantId,
  }) as Principal;

describe('what a platform admin may do in a comune without a support grant', () => {
  it('applies to a platform admin without a grant only', () => {
    expect(isPlatformAdminWithoutGrant(principal(['PLATFORM_ADMIN']))).toBe(true);
    expect(isPlatformAdminWithoutGrant(principal(['PLATFORM_ADMIN'], 'g1'))).toBe(false);
    expect(isPlatformAdminWithoutGrant(principal(['TENANT_ADMIN']))).toBe(false);
  });

  it('creates the first administrator only', () => {
    expect(mayCreateUserWithoutGrant(['TENANT_ADMIN'], 0)).toBe(true);
    expect(mayCreateUserWithoutGrant(['TENANT_ADMIN'], 1)).toBe(false);
    expect(mayCreateUserWithoutGrant(['TENANT_ADMIN', 'CASEWORKER'], 0)).toBe(false);
    expect(mayCreateUserWithoutGrant(['CASEWORKER'], 0)).toBe(false);
  });

  it('changes neither password, roles nor reactivates', () => {
    expect(mayUpdateUserWithoutGrant({ fullName: 'A' } as never)).toBe(true);
    expect(mayUpdateUserWithoutGrant({ active: false })).toBe(true);
    expect(mayUpdateUserWithoutGrant({ active: true })).toBe(false);
    expect(mayUpdateUserWithoutGrant({ password: 'x' })).toBe(false);
    expect(mayUpdateUserWithoutGrant({ roles: [] })).toBe(false);
  });

  it('grants configuration scopes only', () => {
    expect(mayGrantScopesWithoutGrant(['config:read', 'config:write'])).toBe(true);
    expect(mayGrantScopesWithoutGrant(['config:read', 'registry:read'])).toBe(false);
  });
});
