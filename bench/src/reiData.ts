/**
 * The REI benchmark's data: applications bulk-loaded straight into `rei.application` as the schema
 * owner (statuses, dates, amounts and the JSON a checked application carries, in realistic
 * proportions, submitted over the last 500 days so running benefits have not reached their last
 * month), and a few real registry households with their applications created through the
 * gateway, for `runMunicipalChecks`.
 */
import { randomInt } from 'node:crypto';
import type { Client } from 'pg';
import { computeFiscalCode } from '@sisa/italia';
import { REI_CHECK_CODES as CHECK_CODES } from '@sisa/rules';
import { iseeInput } from '@sisa/testing';

/** What a checked application stores: ten explained checks and an explained benefit. */
const CHECKS = JSON.stringify(
  CHECK_CODES.map((code) => ({
    code,
    outcome: 'PASSED',
    automatic: code !== 'RESIDENCE',
    detail: `ISR 1.800,00 € ÷ scala 2,04 (3 componenti, senza maggiorazioni) = 882,35 € ≤ 3.000,00 € — ${code}`,
    checkedAt: '2018-01-12T09:00:00.000Z',
    checkedBy: null,
    note: null,
  })),
);
const BENEFIT = JSON.stringify({
  rulesVersion: 'REI-2018',
  householdSize: 3,
  equivalenceScale: '2.04',
  annualThreshold: '4590.00',
  annualCap: '6477.90',
  isr: '1800.00',
  annualAmount: '2790.00',
  maximumMonthlyAmount: '232.50',
  otherBenefitsMonthly: '0.00',
  monthlyAmount: '232.50',
  capApplied: false,
  capOrder: 'AFTER_ISR',
  roundingMode: 'HALF_EVEN',
  month: '2018-02',
  explanation: [
    'Regole REI-2018, in vigore dal 01/01/2018',
    'Nucleo di 3 componenti: scala di equivalenza 2,04 (senza maggiorazioni)',
    'Soglia annua: 3.000,00 € × 0,75 × 2,04 = 4.590,00 €',
    'Massimale annuo: assegno sociale 5.889,00 € × 1,10 = 6.477,90 €',
    'Soglia meno ISR: 4.590,00 € − 1.800,00 € = 2.790,00 € annui',
    'Importo mensile: 2.790,00 € ÷ 12 = 232,5 € arrotondato al centesimo, con la metà verso la cifra pari: 232,50 €',
    'Beneficio mensile: 232,50 €',
  ],
});
const DEADLINES = JSON.stringify({
  sendToInpsWorkingDays: 15,
  inpsAnswerWorkingDays: 5,
  preliminaryAssessmentDays: 25,
  projectSignatureWorkingDays: 20,
});

/**
 * Loads `count` applications for a tenant in one statement: ENDED 20 %, ACCEPTED 35 %, REJECTED
 * and CHECKS_FAILED 10 % each, the rest 5 % each; about one in ten
 * still has an open deadline in the past (overdue). Returns the seconds it took.
 */
export async function loadApplications(
  client: Client,
  tenantId: string,
  count: number,
): Promise<number> {
  const started = process.hrtime.bigint();
  await client.query(
    `insert into rei.application (id, tenant_id, protocol_number, applicant_id, household_id, submitted_at, access_point, status,
        declarations, checks, checks_run_at, applicant_fiscal_code, applicant_name, benefit, monthly_amount, household_size,
        rules_version, deadline_parameters, first_month, last_month, sent_to_inps_on, next_due, custom_fields, created_at, created_by, updated_at, version, renewal_number)
     select gen_random_uuid(), $1::uuid, 'REI/' || extract(year from d)::int || '/' || lpad(n::text, 6, '0'), gen_random_uuid(), gen_random_uuid(), d,
            (array['SPORTELLO_REI', 'SEGRETARIATO_SOCIALE', 'PUA', 'CAF'])[1 + n % 4], s,
            '{"boats": false, "recentVehicle": false, "otherBenefits": [], "residentInItalySince": "2005-03-01", "unemploymentBenefits": false}',
            case when s = 'DRAFT' then '[]'::jsonb else $2::jsonb end, case when s = 'DRAFT' then null else now() end,
            upper(substr(md5(n::text), 1, 16)), 'Cognome' || n || ' Nome',
            case when s in ('DRAFT', 'CHECKS_FAILED') then null else $3::jsonb end,
            case when s in ('DRAFT', 'CHECKS_FAILED') then null else (50 + n % 450)::numeric(12,2) end, 1 + n % 6,
            'REI-2018', $4::jsonb, to_char(d + interval '1 month', 'YYYY-MM'), to_char(d + interval '18 months', 'YYYY-MM'),
            case when s in ('DRAFT', 'CHECKS_PASSED', 'CHECKS_FAILED') then null else d + 10 end,
            case when n % 10 = 0 and s not in ('REJECTED', 'REVOKED', 'ENDED', 'CHECKS_FAILED') then d + 21 when s in ('DRAFT', 'CHECKS_PASSED') then d + 21 else null end,
            '{}', now(), 'bench', now(), 1, 0
       from (select n, current_date - (n * 7919 % 500) as d,
                    case when n % 20 < 4 then 'ENDED' when n % 20 < 11 then 'ACCEPTED' when n % 20 < 13 then 'REJECTED'
                         when n % 20 < 15 then 'CHECKS_FAILED' when n % 20 = 15 then 'DRAFT' when n % 20 = 16 then 'CHECKS_PASSED'
                         when n % 20 = 17 then 'SENT_TO_INPS' when n % 20 = 18 then 'SUSPENDED' else 'REVOKED' end as s
               from generate_series(1, $5::int) n) g`,
    [tenantId, CHECKS, BENEFIT, DEADLINES, count],
  );
  // Protocol numbers come from the counter: tell it what the load used.
  await client.query(
    `insert into rei.protocol_counter (tenant_id, year, last_number)
     select $1::uuid, split_part(protocol_number, '/', 2)::int, max(split_part(protocol_number, '/', 3)::int)
       from rei.application where tenant_id = $1::uuid group by 2
     on conflict (tenant_id, year) do update set last_number = excluded.last_number`,
    [tenantId],
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function call<T>(url: string, token: string, query: string, variables: object): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`bench call failed: ${JSON.stringify(body)}`);
  return body.data;
}

const CONSONANTS = 'BCDFGLMNPRSTVZ';
const VOWELS = 'AEIOU';
const name = () => {
  const s = Array.from(
    { length: 3 },
    () => CONSONANTS[randomInt(CONSONANTS.length)]! + VOWELS[randomInt(VOWELS.length)]!,
  ).join('');
  return s[0] + s.slice(1).toLowerCase();
};

/** Families of three with an ISEE, created in the registry through the gateway, each with a REI application. */
export async function createBenchHouseholds(
  target: string | { registry: string; rei: string },
  token: string,
  count: number,
): Promise<string[]> {
  // Through the gateway (one URL), or straight to the two subgraphs (profiling).
  const registryUrl = typeof target === 'string' ? target : target.registry;
  const reiUrl = typeof target === 'string' ? target : target.rei;
  const ids: string[] = [];
  for (let h = 0; h < count; h++) {
    const lastName = name();
    const people = [
      { sex: 'F' as const, birthDate: '1978-03-01' },
      { sex: 'M' as const, birthDate: '1976-05-10' },
      { sex: 'F' as const, birthDate: '2008-02-01' },
    ];
    const subjectIds: string[] = [];
    for (const p of people) {
      const firstName = name();
      const fiscalCode = computeFiscalCode({
        lastName,
        firstName,
        sex: p.sex,
        birthDate: p.birthDate,
        birthPlaceCode: 'F205',
      });
      const { createSubject } = await call<{ createSubject: { id: string } }>(
        registryUrl,
        token,
        'mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }',
        {
          i: {
            fiscalCode,
            firstName,
            lastName,
            sex: p.sex,
            birthDate: p.birthDate,
            birthPlaceCode: 'F205',
          },
        },
      );
      subjectIds.push(createSubject.id);
    }
    const { createHousehold } = await call<{ createHousehold: { id: string } }>(
      registryUrl,
      token,
      'mutation C($i: HouseholdInput!) { createHousehold(input: $i) { id } }',
      {
        i: {
          members: subjectIds.map((subjectId, i) => ({
            subjectId,
            relationship: i === 0 ? '1' : i === 1 ? '2' : '3',
            since: i === 2 ? '2008-02-01' : '2000-01-01',
          })),
        },
      },
    );
    await call(
      registryUrl,
      token,
      'mutation R($h: ID!, $i: IseeInput!) { recordIsee(householdId: $h, input: $i) { id } }',
      {
        h: createHousehold.id,
        i: iseeInput({ dsuProtocol: `INPS-ISEE-2018-${String(h).padStart(8, '0')}B-00` }),
      },
    );
    const { createReiApplication } = await call<{ createReiApplication: { id: string } }>(
      reiUrl,
      token,
      'mutation C($i: ReiApplicationInput!) { createReiApplication(input: $i) { id } }',
      {
        i: {
          applicantId: subjectIds[0],
          householdId: createHousehold.id,
          submittedAt: '2018-01-10',
          declarations: {
            residentInItalySince: '2000-01-01',
            recentVehicle: false,
            boats: false,
            unemploymentBenefits: false,
          },
        },
      },
    );
    ids.push(createReiApplication.id);
  }
  return ids;
}
