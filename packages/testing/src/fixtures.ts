import { randomInt, randomUUID } from 'node:crypto';
import { computeFiscalCode } from '@sisa/italia';
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

const issued = new Set<string>();

/**
 * A fresh valid fiscal code of someone born in Milan, never the same twice in a test file: two
 * benefits of the same person, service, protocol and period are one benefit (its natural key).
 * Eight first names × 18,250 birthdays give 146,000 codes; a file needing more fails loudly.
 */
export function freshFiscalCode(): string {
  for (let attempt = 0; attempt < 1_000_000; attempt++) {
    const code = randomFiscalCode();
    if (issued.has(code)) continue;
    issued.add(code);
    return code;
  }
  throw new Error(`freshFiscalCode: no new code after a million tries (${issued.size} issued)`);
}

const FIRST_NAMES = ['Anna', 'Maria', 'Giulia', 'Laura', 'Sara', 'Elena', 'Chiara', 'Paola'];

function randomFiscalCode(): string {
  const day = new Date(Date.UTC(1950, 0, 1) + randomInt(0, 50 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return computeFiscalCode({
    lastName: 'Verdi',
    firstName: FIRST_NAMES[randomInt(0, FIRST_NAMES.length)]!,
    sex: 'F',
    birthDate: day,
    birthPlaceCode: 'F205',
  });
}

/**
 * A complete periodic SIUSS benefit (`SocialBenefitInput`) of a fresh beneficiary: Anna Verdi,
 * A1.04 from June 2018 to March 2019, subject to ISEE; `over` replaces any field.
 */
export function socialBenefitInput(over: Record<string, unknown> = {}) {
  return {
    fiscalCode: freshFiscalCode(),
    lastName: 'Verdi',
    firstName: 'Anna',
    birthYear: 1970,
    birthPlaceCode: 'F205',
    sex: 'F',
    citizenshipCode: '380',
    residence: { regionCode: '03', municipalityCode: '015146', countryCode: '380' },
    serviceCode: 'A1.04',
    meansTest: 'ISEE',
    character: 'PERIODIC',
    requestProtocol: 'PG-2018-77',
    startDate: '2018-06-01',
    endDate: '2019-03-31',
    monthlyAmount: '250.00',
    takenInCharge: true,
    userArea: 'POVERTY_AND_EXCLUSION',
    dsuProtocol: 'INPS-ISEE-2018-00000077A-00',
    dsuYear: 2018,
    dsuDate: '2018-05-02',
    ...over,
  };
}

const CONSONANTS = 'BCDFGLMNPRSTVZ';
const VOWELS = 'AEIOU';

/** The surnames' consonants given in this process: never twice (they make the fiscal code). */
const givenConsonants = new Set<string>();

/**
 * A pronounceable surname no other test of this process uses: its three consonants, which make
 * the fiscal code, are new each time (2,744 in all; a file needing more fails loudly).
 */
export function uniqueSurname(): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const consonants = Array.from({ length: 3 }, () => CONSONANTS[randomInt(CONSONANTS.length)]!);
    const key = consonants.join('');
    if (givenConsonants.has(key)) continue;
    givenConsonants.add(key);
    const syllables = consonants.map((c) => c + VOWELS[randomInt(VOWELS.length)]!).join('');
    return syllables[0] + syllables.slice(1).toLowerCase();
  }
  throw new Error('uniqueSurname: cognomi esauriti in questo processo di test');
}

/**
 * An ordinary ISEE of 2018 (`IseeInput`) under REI's thresholds (ISEE 3,500 €, ISRE 882.35 €) for
 * a household of three, with a DSU protocol of its own; `over` replaces any field.
 */
export function iseeInput(over: Record<string, unknown> = {}) {
  return {
    dsuProtocol: `INPS-ISEE-2018-${String(randomInt(10 ** 8)).padStart(8, '0')}A-00`,
    dsuDate: '2018-01-05',
    kind: 'ORDINARY',
    validUntil: '2019-01-15',
    isee: '3500.00',
    isr: '1800.00',
    isre: '882.35',
    equivalenceScale: '2.04',
    realEstateAssets: '0.00',
    movableAssets: '2000.00',
    householdSize: 3,
    ...over,
  };
}
