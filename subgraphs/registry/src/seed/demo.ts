import { createHash } from 'node:crypto';
import {
  addDays,
  addMonths,
  computeFiscalCode,
  Decimal,
  roundMoney,
  todayInItaly,
} from '@sisa/italia';
import { assertDemoSeedAllowed, DEMO_TENANTS, type DemoTenant, type Orm } from '@sisa/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import { diffRecords } from '../domain/revisionDiff';
import { Household } from '../entities/household.entity';
import { HouseholdMember } from '../entities/householdMember.entity';
import { IseeAttestation } from '../entities/iseeAttestation.entity';
import { Revision } from '../entities/revision.entity';
import { Subject } from '../entities/subject.entity';
import {
  DEMO_SURNAMES,
  demoFamilies,
  demoSingles,
  type DemoFamily,
  type DemoPerson,
} from '@sisa/kernel';

const ACTOR = 'demo';
const STREETS = [
  'Via Dante',
  'Viale Monza',
  'Via Garibaldi',
  'Corso Buenos Aires',
  'Via Mazzini',
  'Via Verdi',
  'Piazza della Repubblica',
];
/** The equivalence scale of REI: 1, 1.57, 2.04, 2.46, 2.85, then +0.35 per member. */
const SCALE = ['1.00', '1.57', '2.04', '2.46', '2.85'];

/** Stable ids, so the demo can be referred to (and seeded again) without lookups. */
export function demoId(tenant: DemoTenant, kind: string, index: number): string {
  const hex = createHash('sha256').update(`${tenant.id}:${kind}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A birth date that makes the person `age` today (some days to most of a year past the birthday). */
function birthDate(today: string, age: number, index: number): string {
  return addDays(addMonths(today, -12 * age), -(20 + ((index * 37) % 300)));
}

function createPerson(
  em: EntityManager,
  tenant: DemoTenant,
  person: DemoPerson,
  index: number,
  today: string,
): Subject {
  const fields = {
    firstName: person.firstName,
    lastName: person.lastName,
    sex: person.sex,
    birthDate: birthDate(today, person.age, index),
    birthPlaceCode: person.birthPlaceCode,
  };
  const now = new Date();
  const subject = em.create(Subject, {
    id: demoId(tenant, 'subject', index),
    tenantId: tenant.id,
    ...fields,
    fiscalCode: computeFiscalCode(fields),
    citizenshipCode: person.citizenshipCode,
    residenceStreet: `${STREETS[index % STREETS.length]} ${1 + ((index * 7) % 120)}`,
    residencePostalCode: tenant.slug === 'milano' ? '20127' : '20099',
    residenceMunicipalityCode: tenant.code,
    residenceCountryCode: '380',
    phone: index % 3 === 0 ? `3${String(400000000 + index * 7919).slice(0, 9)}` : null,
    email: null,
    customFields: {},
    version: 1,
    createdAt: now,
    createdBy: ACTOR,
    updatedAt: now,
    updatedBy: ACTOR,
    archivedAt: null,
  });
  em.create(Revision, {
    tenantId: tenant.id,
    entity: 'SUBJECT',
    entityId: subject.id,
    version: 1,
    action: 'CREATE',
    changedAt: now,
    changedBy: ACTOR,
    changes: diffRecords(null, {
      ...fields,
      fiscalCode: subject.fiscalCode,
      citizenshipCode: subject.citizenshipCode,
    }),
  });
  return subject;
}

function createFamily(
  em: EntityManager,
  tenant: DemoTenant,
  family: DemoFamily,
  index: number,
  subjects: Subject[],
  today: string,
) {
  const now = new Date();
  const household = em.create(Household, {
    id: demoId(tenant, 'household', index),
    tenantId: tenant.id,
    customFields: {},
    version: family.isee ? 2 : 1,
    createdAt: now,
    createdBy: ACTOR,
    updatedAt: now,
    updatedBy: ACTOR,
  });
  const since = addDays(today, -400 - index * 90);
  subjects.forEach((subject, i) => {
    em.create(HouseholdMember, {
      id: demoId(tenant, `member-${index}`, i),
      tenantId: tenant.id,
      household,
      subject,
      relationship: family.members[i]!.relationship,
      since: subject.birthDate > since ? subject.birthDate : since,
      until: null,
      createdAt: now,
      createdBy: ACTOR,
      endedBy: null,
    });
  });
  em.create(Revision, {
    tenantId: tenant.id,
    entity: 'HOUSEHOLD',
    entityId: household.id,
    version: 1,
    action: 'CREATE',
    changedAt: now,
    changedBy: ACTOR,
    changes: {
      members: {
        from: null,
        to: subjects.map((s, i) => ({
          subjectId: s.id,
          relationship: family.members[i]!.relationship,
        })),
      },
    },
  });
  if (!family.isee) return;
  const size = subjects.length;
  const scale =
    size <= 5
      ? SCALE[size - 1]!
      : new Decimal('2.85').plus(new Decimal('0.35').times(size - 5)).toFixed(2);
  // Signed this year, so valid today whatever the day of the year.
  const recent = addDays(today, -(20 + index * 11));
  const dsuDate = recent < `${today.slice(0, 4)}-01-01` ? `${today.slice(0, 4)}-01-01` : recent;
  const attestation = em.create(IseeAttestation, {
    id: demoId(tenant, 'isee', index),
    tenantId: tenant.id,
    household,
    dsuProtocol: `INPS-ISEE-${dsuDate.slice(0, 4)}-${String(1000000 + index * 7 + (tenant.slug === 'milano' ? 0 : 500)).padStart(8, '0')}${tenant.slug === 'milano' ? 'M' : 'S'}-00`,
    dsuDate,
    kind: family.isee.kind,
    // DPCM 159/2013: a DSU is valid until 15 January of the following year.
    validUntil: `${Number(dsuDate.slice(0, 4)) + 1}-01-15`,
    isee: family.isee.value,
    isr: family.isee.isr,
    isre: roundMoney(new Decimal(family.isee.isr).div(scale)),
    equivalenceScale: scale,
    realEstateAssets: family.isee.realEstate,
    movableAssets: family.isee.movable,
    householdSize: size,
    recordedAt: now,
    recordedBy: ACTOR,
  });
  em.create(Revision, {
    tenantId: tenant.id,
    entity: 'HOUSEHOLD',
    entityId: household.id,
    version: 2,
    action: 'ISEE_RECORDED',
    changedAt: now,
    changedBy: ACTOR,
    changes: {
      [`isee.${attestation.id}`]: {
        from: null,
        to: { dsuProtocol: attestation.dsuProtocol, dsuDate, isee: attestation.isee },
      },
    },
  });
}

/**
 * Seeds each demo tenant's registry once: about thirty people in a dozen households with their
 * ISEE, and a few people in no household. A tenant that already has subjects is left alone.
 */
export async function seedRegistryDemo(orm: Orm): Promise<void> {
  assertDemoSeedAllowed();
  const today = todayInItaly();
  for (const tenant of DEMO_TENANTS) {
    const em = orm.em.fork();
    if ((await em.count(Subject, { tenantId: tenant.id }, { filters: false })) > 0) continue;
    const surnames = DEMO_SURNAMES[tenant.slug]!;
    let index = 0;
    demoFamilies(surnames).forEach((family, f) => {
      const subjects = family.members.map((person) =>
        createPerson(em, tenant, person, index++, today),
      );
      createFamily(em, tenant, family, f, subjects, today);
    });
    for (const person of demoSingles(surnames)) createPerson(em, tenant, person, index++, today);
    await em.flush();
  }
}
