import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDemoSeedAllowed, DEMO_TENANTS, type Orm, type Role } from '@sisa/kernel';
import { Tenant } from '../entities/tenant.entity';
import { User } from '../entities/user.entity';
import { hashPassword } from '../domain/password';
import { ensureDefaultIndicators } from '../services/defaultIndicators';

/** The demo users of docs/CONTRACT.md (password `demo`), plus a read-only user per tenant. */
const DEMO_USERS: { username: string; fullName: string; roles: Role[]; tenant: string | null }[] = [
  {
    username: 'metro.admin',
    fullName: 'Amministratore Città Metropolitana',
    roles: ['PLATFORM_ADMIN'],
    tenant: null,
  },
  {
    username: 'milano.admin',
    fullName: 'Giulia Ferrari',
    roles: ['TENANT_ADMIN'],
    tenant: 'milano',
  },
  {
    username: 'milano.operatore',
    fullName: 'Marco Bianchi',
    roles: ['CASEWORKER'],
    tenant: 'milano',
  },
  {
    username: 'milano.consultazione',
    fullName: 'Paola Colombo',
    roles: ['VIEWER'],
    tenant: 'milano',
  },
  { username: 'sesto.admin', fullName: 'Luca Romano', roles: ['TENANT_ADMIN'], tenant: 'sesto' },
  { username: 'sesto.operatore', fullName: 'Sara Ricci', roles: ['CASEWORKER'], tenant: 'sesto' },
];

/**
 * Seeds the demo tenants and users once (an existing tenant means it already ran), then gives
 * the demo tenants the default indicators they lack.
 */
export async function seedConfigDemo(orm: Orm): Promise<void> {
  assertDemoSeedAllowed();
  const em = orm.em.fork();
  if ((await em.count(Tenant, {})) === 0) await seedTenantsAndUsers(em);
  const present = await em.find(Tenant, { id: { $in: DEMO_TENANTS.map((t) => t.id) } });
  await em.transactional(async (tx) => {
    for (const tenant of present) await ensureDefaultIndicators(tx, tenant.id, 'demo');
  });
}

async function seedTenantsAndUsers(em: EntityManager): Promise<void> {
  for (const t of DEMO_TENANTS) {
    em.create(Tenant, {
      id: t.id,
      code: t.code,
      belfioreCode: t.belfioreCode,
      name: t.name,
      active: true,
      patronSaintDay: t.patronSaintDay,
    });
  }
  const passwordHash = await hashPassword('demo');
  for (const u of DEMO_USERS) {
    const tenantId = u.tenant ? DEMO_TENANTS.find((t) => t.slug === u.tenant)!.id : null;
    em.create(User, {
      id: randomUUID(),
      tenantId,
      username: u.username,
      fullName: u.fullName,
      roles: u.roles,
      passwordHash,
      active: true,
      failedLogins: 0,
    });
  }
  await em.flush();
}
