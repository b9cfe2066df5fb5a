import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDemoSeedAllowed, DEMO_TENANTS, type Orm, type Role } from '@sisa/kernel';
import { Tenant } from '../entities/tenant.entity';
import { User } from '../entities/user.entity';
import { hashPassword } from '../domain/password';
import { ensureDefaultIndicators } from '../services/defaultIndicators';
import { ensureDemoAssessmentForms } from './demoAssessmentForms';

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
    username: 'milano.coordinatore',
    fullName: 'Elena Galli',
    roles: ['CASE_SUPERVISOR'],
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
  {
    username: 'sesto.coordinatore',
    fullName: 'Andrea Conti',
    roles: ['CASE_SUPERVISOR'],
    tenant: 'sesto',
  },
  { username: 'sesto.operatore', fullName: 'Sara Ricci', roles: ['CASEWORKER'], tenant: 'sesto' },
];

/**
 * Seeds the demo tenants and users once (an existing tenant means it already ran), then gives
 * the demo tenants the demo users, default indicators and demo assessment forms they lack (so
 * the ones added later reach a database seeded before them).
 */
export async function seedConfigDemo(orm: Orm): Promise<void> {
  assertDemoSeedAllowed();
  const em = orm.em.fork();
  if ((await em.count(Tenant, {})) === 0) await seedTenantsAndUsers(em);
  const present = await em.find(Tenant, { id: { $in: DEMO_TENANTS.map((t) => t.id) } });
  await em.transactional(async (tx) => {
    await addMissingDemoUsers(
      tx,
      present.map((t) => t.id),
    );
    for (const tenant of present) {
      await ensureDefaultIndicators(tx, tenant.id, 'demo');
      await ensureDemoAssessmentForms(tx, tenant.id);
    }
  });
}

/** Demo users of the demo tenants present that a database seeded before them lacks. */
async function addMissingDemoUsers(em: EntityManager, tenantIds: string[]): Promise<void> {
  const wanted = DEMO_USERS.flatMap((u) => {
    const tenantId = u.tenant ? DEMO_TENANTS.find((t) => t.slug === u.tenant)!.id : null;
    return tenantId && tenantIds.includes(tenantId) ? [{ ...u, tenantId }] : [];
  });
  const existing = new Set(
    (
      await em.find(
        User,
        { username: { $in: wanted.map((u) => u.username) } },
        { filters: false, fields: ['username'] },
      )
    ).map((u) => u.username),
  );
  const missing = wanted.filter((u) => !existing.has(u.username));
  if (!missing.length) return;
  const passwordHash = await hashPassword('demo');
  for (const u of missing)
    em.create(User, {
      id: randomUUID(),
      tenantId: u.tenantId,
      username: u.username,
      fullName: u.fullName,
      roles: u.roles,
      passwordHash,
      active: true,
      failedLogins: 0,
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
