import { randomBytes } from 'node:crypto';
import { createOrm, DEMO_TENANTS, type Orm } from '@sisa/kernel';
import { testDatabase, withClient } from '@sisa/testing';
import { dropDatabase, provisionDatabase, type DatabaseLayout } from '../src/database/provision';
import { migrateAll } from '../src/database/migrate';
import { PLATFORM_SUBGRAPHS } from '../src/subgraphs';

/** In a database of its own: the demo tenants have fixed ids. */
describe('Cartella sociale demo data', () => {
  let layout: DatabaseLayout;
  const orms: Orm[] = [];
  const subgraphs = PLATFORM_SUBGRAPHS.filter((s) =>
    ['config', 'registry', 'rei', 'casework'].includes(s.name),
  );

  beforeAll(async () => {
    layout = await provisionDatabase(
      testDatabase().adminUrl,
      `sisa_test_caseworkdemo_${randomBytes(4).toString('hex')}`,
      randomBytes(12).toString('hex'),
    );
    await migrateAll(layout.ownerUrl, subgraphs);
    for (const subgraph of subgraphs) {
      const orm = await createOrm({
        schema: subgraph.name,
        entities: subgraph.module.entities,
        migrations: subgraph.module.migrations,
        clientUrl: layout.ownerUrl,
        poolMax: 2,
      });
      orms.push(orm);
      await subgraph.syncReferenceData?.(orm);
      await subgraph.seedDemo(orm);
      if (subgraph.name === 'casework') await subgraph.seedDemo(orm);
    }
  }, 90_000);
  afterAll(async () => {
    for (const orm of orms) await orm.close(true);
    if (layout) await dropDatabase(testDatabase().adminUrl, layout.database);
  });

  it("gives each demo comune an inbox, three cases and the REI applicants' cases, once, with numbers that later cases continue", async () => {
    await withClient(layout.ownerUrl, async (db) => {
      for (const tenant of DEMO_TENANTS) {
        const count = async (sql: string) => (await db.query(sql, [tenant.id])).rows[0].n as number;
        expect(
          await count(`select count(*)::int as n from casework.referral where tenant_id = $1`),
        ).toBe(5);
        // Three cases, and one more for each REI applicant with a signed project and no case yet.
        const reiApplicants = await count(`select count(distinct a.applicant_id)::int as n
           from rei.project p join rei.application a on a.id = p.application_id
          where p.tenant_id = $1 and p.signed_at is not null`);
        expect(reiApplicants).toBeGreaterThan(0);
        expect(
          await count(`select count(*)::int as n from casework.social_case where tenant_id = $1`),
        ).toBeGreaterThanOrEqual(3);
        expect(
          await count(`select count(*)::int as n from casework.social_case where tenant_id = $1`),
        ).toBeLessThanOrEqual(3 + reiApplicants);
        // Every signed REI project is on an open case of its applicant (REI's rule for signing).
        expect(
          await count(`select count(*)::int as n from rei.project p join rei.application a on a.id = p.application_id
             where p.tenant_id = $1 and p.signed_at is not null and not exists (
               select 1 from casework.social_case c where c.id = p.social_case_id
                  and c.subject_id = a.applicant_id and c.status = 'OPEN')`),
        ).toBe(0);
        expect(
          await count(
            `select count(*)::int as n from casework.diary_entry where tenant_id = $1 and signed_at is null`,
          ),
        ).toBe(1);
        // A signed assessment, scored on the comune's form.
        expect(
          await count(`select count(*)::int as n from casework.assessment a
             where a.tenant_id = $1 and a.signed_at is not null and a.score = 4 and exists (
               select 1 from config.assessment_form f where f.tenant_id = $1
                  and f.key = a.form_key and f.version = a.form_version)`),
        ).toBe(1);
        // Every responsible and every member is a real user of the comune; every subject a real one.
        expect(
          await count(`select count(*)::int as n from casework.case_team_member m
             where m.tenant_id = $1 and not exists (select 1 from config.app_user u where u.id = m.user_id and u.tenant_id = $1)`),
        ).toBe(0);
        expect(
          await count(`select count(*)::int as n from casework.social_case c
             where c.tenant_id = $1 and not exists (select 1 from registry.subject s where s.id = c.subject_id)`),
        ).toBe(0);
        // The counter of each year is at least the highest number given in it.
        expect(
          await count(`select count(*)::int as n from casework.social_case c
             where c.tenant_id = $1 and split_part(c.number, '/', 3)::int > coalesce(
               (select last_number from casework.case_counter k where k.tenant_id = $1 and k.year = split_part(c.number, '/', 2)::int), 0)`),
        ).toBe(0);
      }
    });
  });
});
