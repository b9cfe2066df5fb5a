import { createOrm, DEMO_TENANTS } from '@sisa/kernel';
import { testDatabase, withClient } from '@sisa/testing';
import { checkSubjectInput } from '../src/domain/subjectRules';
import { registryModule, seedRegistryDemo } from '../src/server';

describe('registry demo data', () => {
  it('seeds both demo tenants once, with valid people, households and ISEE', async () => {
    const orm = await createOrm({
      schema: 'registry',
      entities: registryModule.entities,
      migrations: registryModule.migrations,
      clientUrl: testDatabase().ownerUrl,
      poolMax: 2,
    });
    try {
      await seedRegistryDemo(orm);
      await seedRegistryDemo(orm); // idempotent
    } finally {
      await orm.close(true);
    }
    await withClient(testDatabase().ownerUrl, async (c) => {
      for (const tenant of DEMO_TENANTS) {
        const counts = await c.query(
          `select (select count(*) from registry.subject where tenant_id = $1)::int as subjects,
                  (select count(*) from registry.household where tenant_id = $1)::int as households,
                  (select count(*) from registry.isee_attestation where tenant_id = $1 and valid_until >= current_date)::int as isee`,
          [tenant.id],
        );
        expect(counts.rows[0]).toEqual({ subjects: 33, households: 12, isee: 11 });
        const people = await c.query(
          `select *, birth_date::text as birth from registry.subject where tenant_id = $1`,
          [tenant.id],
        );
        for (const p of people.rows) {
          const input = {
            fiscalCode: p.fiscal_code,
            firstName: p.first_name,
            lastName: p.last_name,
            sex: p.sex,
            birthDate: p.birth,
            birthPlaceCode: p.birth_place_code,
            citizenshipCode: p.citizenship_code,
            residence: {
              municipalityCode: p.residence_municipality_code,
              postalCode: p.residence_postal_code,
            },
          };
          expect(checkSubjectInput(input, new Date().toISOString().slice(0, 10)).errors).toEqual(
            [],
          );
        }
      }
    });
  });
});
