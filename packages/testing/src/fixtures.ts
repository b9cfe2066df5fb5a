import { randomInt, randomUUID } from 'node:crypto';
import type { Role } from '@sisa/kernel';
import { hashPassword } from '@sisa/config';
import { testDatabase, withClient } from './database';

export interface TestTenant {
  id: string;
  code: string;
  belfioreCode: string;
  name: string;
}

/** A new tenant with random (unique) codes, written directly as the schema owner. */
export async function createTestTenant(name = 'Comune di Prova'): Promise<TestTenant> {
  const tenant: TestTenant = {
    id: randomUUID(),
    code: String(randomInt(100000, 999999)),
    belfioreCode: `${String.fromCharCode(65 + randomInt(0, 26))}${String(randomInt(0, 1000)).padStart(3, '0')}`,
    name: `${name} ${randomInt(0, 1_000_000)}`,
  };
  await withClient(testDatabase().ownerUrl, (c) =>
    c.query(
      `insert into config.tenant (id, code, belfiore_code, name, active, created_at) values ($1, $2, $3, $4, true, now())
       on conflict do nothing`,
      [tenant.id, tenant.code, tenant.belfioreCode, tenant.name],
    ),
  );
  return tenant;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

/** A user who can log in, written directly as the schema owner. */
export async function createTestUser(
  tenantId: string | null,
  roles: Role[],
  password = 'password-di-prova',
): Promise<TestUser> {
  const user = { id: randomUUID(), username: `utente.${randomUUID().slice(0, 8)}`, password };
  const hash = await hashPassword(password);
  await withClient(testDatabase().ownerUrl, (c) =>
    c.query(
      `insert into config.app_user (id, tenant_id, username, full_name, password_hash, roles, active, failed_logins, created_at, updated_at, version)
       values ($1, $2, $3, $4, $5, $6, true, 0, now(), now(), 1)`,
      [user.id, tenantId, user.username, 'Utente di Prova', hash, roles],
    ),
  );
  return user;
}
