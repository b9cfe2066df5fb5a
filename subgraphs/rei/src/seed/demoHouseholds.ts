import { createHash } from 'node:crypto';
import { addDays, addMonths, computeFiscalCode, Decimal, roundMoney } from '@sisa/italia';
import type { DemoTenant } from '@sisa/kernel';
import { DEMO_SURNAMES, demoFamilies } from '@sisa/kernel';
import type { HouseholdData, IseeAttestation } from '../domain/household';
import { equivalenceScale } from '../domain/scale';
import { DEMO_RULES } from './demoRules';

// The registry's demo households as the REI checks would read them through the federation.
// Ids, birth dates and the current ISEE follow the registry seed's formulas (subgraphs/registry/
// src/seed/demo.ts), so each application points at the registry's own subjects and households.

/** The registry seed's stable ids. */
export function registryDemoId(tenant: DemoTenant, kind: string, index: number): string {
  const hex = createHash('sha256').update(`${tenant.id}:${kind}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function registryBirthDate(today: string, age: number, index: number): string {
  return addDays(addMonths(today, -12 * age), -(20 + ((index * 37) % 300)));
}

/** The registry's ISEE of a family this year (valid today). */
function registryIsee(
  tenant: DemoTenant,
  family: number,
  today: string,
  size: number,
): IseeAttestation | null {
  const data = demoFamilies(DEMO_SURNAMES[tenant.slug]!)[family]!.isee;
  if (!data) return null;
  const recent = addDays(today, -(20 + family * 11));
  const dsuDate = recent < `${today.slice(0, 4)}-01-01` ? `${today.slice(0, 4)}-01-01` : recent;
  const scale = equivalenceScale(DEMO_RULES, size);
  return {
    id: registryDemoId(tenant, 'isee', family),
    dsuProtocol: `INPS-ISEE-${dsuDate.slice(0, 4)}-${String(1000000 + family * 7 + (tenant.slug === 'milano' ? 0 : 500)).padStart(8, '0')}${tenant.slug === 'milano' ? 'M' : 'S'}-00`,
    dsuDate,
    kind: data.kind,
    validUntil: `${Number(dsuDate.slice(0, 4)) + 1}-01-15`,
    isee: data.value,
    isr: data.isr,
    isre: roundMoney(new Decimal(data.isr).div(scale)),
    equivalenceScale: scale.toFixed(2),
    realEstateAssets: data.realEstate,
    movableAssets: data.movable,
    householdSize: size,
  };
}

/** A registry demo household with its members, and this year's ISEE as the registry holds it. */
export function demoHousehold(tenant: DemoTenant, family: number, today: string): HouseholdData {
  const families = demoFamilies(DEMO_SURNAMES[tenant.slug]!);
  let index = families.slice(0, family).reduce((n, f) => n + f.members.length, 0);
  const members = families[family]!.members.map((person) => {
    const i = index++;
    const birthDate = registryBirthDate(today, person.age, i);
    return {
      subjectId: registryDemoId(tenant, 'subject', i),
      fiscalCode: computeFiscalCode({
        firstName: person.firstName,
        lastName: person.lastName,
        sex: person.sex,
        birthDate,
        birthPlaceCode: person.birthPlaceCode,
      }),
      firstName: person.firstName,
      lastName: person.lastName,
      sex: person.sex,
      birthDate,
      citizenshipCode: person.citizenshipCode,
      relationship: person.relationship,
      since: null,
    };
  });
  const isee = registryIsee(tenant, family, today, members.length);
  return {
    id: registryDemoId(tenant, 'household', family),
    members,
    iseeHistory: isee ? [isee] : [],
  };
}
