import { randomUUID } from 'node:crypto';
import { computeFiscalCode } from '@sisa/italia';
import { assertDemoSeedAllowed, DEMO_TENANTS, type Orm } from '@sisa/kernel';
import { EMPTY_BENEFIT, type BenefitData } from '../domain/benefit';
import { statusAfterChange } from '../domain/status';
import { validateBenefit } from '../domain/validation';
import { SocialBenefit } from '../entities/socialBenefit.entity';

const PEOPLE = [
  ['Rossi', 'Maria', 'F', '1958-03-14'],
  ['Bianchi', 'Luca', 'M', '1981-07-02'],
  ['Colombo', 'Giulia', 'F', '1990-11-23'],
  ['Ferrari', 'Marco', 'M', '1947-01-30'],
  ['Esposito', 'Anna', 'F', '1975-05-09'],
  ['Ricci', 'Paolo', 'M', '1966-09-17'],
] as const;

const SERVICES = [
  ['A1.04', 'Contributi economici a integrazione del reddito familiare'],
  ['A1.05', 'Contributi economici per alloggio'],
  ['A1.06', 'Buoni spesa o buoni pasto'],
  ['A2.07', 'Assistenza domiciliare socio-assistenziale'],
  ['A1.16', 'Contributi economici per servizio trasporto e mobilità'],
] as const;

/** Thirty records of a demo tenant: periodic and occasional, most VALID, some INVALID with issues. */
export function demoBenefits(municipalityCode: string): BenefitData[] {
  const records: BenefitData[] = [];
  for (let i = 0; i < 30; i++) {
    const [lastName, firstName, sex, birthDate] = PEOPLE[i % PEOPLE.length]!;
    const [serviceCode, serviceName] = SERVICES[i % SERVICES.length]!;
    const periodic = i % 3 !== 0;
    const isee = i % 2 === 0;
    const record: BenefitData = {
      ...EMPTY_BENEFIT,
      fiscalCode: computeFiscalCode({
        lastName,
        firstName,
        sex,
        birthDate,
        birthPlaceCode: 'F205',
      }),
      lastName: lastName.toUpperCase(),
      firstName: firstName.toUpperCase(),
      birthYear: Number(birthDate.slice(0, 4)),
      birthPlaceCode: 'F205',
      sex,
      citizenshipCode: '380',
      regionCode: '03',
      municipalityCode,
      countryCode: '380',
      meansTest: isee ? 'ISEE' : 'NONE',
      character: periodic ? 'PERIODIC' : 'OCCASIONAL',
      serviceCode,
      serviceName,
      requestProtocol: `DEMO-${String(i + 1).padStart(4, '0')}`,
      startDate: periodic ? `2025-${String((i % 9) + 1).padStart(2, '0')}-01` : null,
      endDate: periodic ? (i % 4 === 0 ? '2026-06-30' : '2025-12-31') : null,
      paymentDate: periodic ? null : `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
      amount: periodic ? null : `${150 + i * 10}.00`,
      monthlyAmount: periodic ? `${200 + i * 5}.00` : null,
      takenInCharge: i % 5 !== 4,
      userArea: i % 5 !== 4 ? (i % 2 ? 'POVERTY_AND_EXCLUSION' : 'FAMILY_AND_MINORS') : null,
      dsuProtocol: isee ? `INPS-ISEE-2025-${String(100000 + i).padStart(8, '0')}A-00` : null,
      dsuYear: isee ? 2025 : null,
      dsuDate: isee ? '2025-01-15' : null,
    };
    // A few records with the problems the console must show next to the fields.
    if (i === 7) record.userArea = null;
    if (i === 12) record.dsuDate = null;
    if (i === 19) record.monthlyAmount = null;
    if (i === 23) record.serviceName = 'Breve';
    if (periodic && record.startDate && record.endDate) {
      const [y1, m1] = record.startDate.split('-').map(Number) as [number, number];
      const [y2, m2] = record.endDate.split('-').map(Number) as [number, number];
      record.months = (y2 - y1) * 12 + m2 - m1 + 1;
    }
    records.push(record);
  }
  return records;
}

/** Seeds the demo benefit records of the two demo tenants once (their `DEMO-…` sources mark them). */
export async function seedSiussDemo(orm: Orm): Promise<void> {
  assertDemoSeedAllowed();
  const em = orm.em.fork();
  const comuni: Record<string, string> = { milano: '015146', sesto: '015209' };
  for (const tenant of DEMO_TENANTS) {
    if (
      (await em.count(
        SocialBenefit,
        { tenantId: tenant.id, source: 'MANUAL', sourceId: { $like: 'demo:%' } },
        { filters: false },
      )) > 0
    )
      continue;
    const now = new Date();
    demoBenefits(comuni[tenant.slug]!).forEach((data, i) => {
      const issues = validateBenefit(data);
      em.create(SocialBenefit, {
        id: randomUUID(),
        tenantId: tenant.id,
        version: 1,
        status: statusAfterChange(null, issues),
        source: 'MANUAL',
        sourceId: `demo:${i + 1}`,
        ...data,
        customFields: {},
        issues,
        createdAt: now,
        createdBy: 'demo',
        updatedAt: now,
        updatedBy: 'demo',
      });
    });
    await em.flush();
  }
}
