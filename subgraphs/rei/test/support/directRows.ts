import { randomUUID } from 'node:crypto';
import { testDatabase, withClient } from '@sisa/testing';

export interface DirectApplication {
  id: string;
  applicantId: string;
  householdId: string;
  status?: string;
  lastMonth?: string | null;
  submittedAt?: string;
}

const DEADLINES = {
  sendToInpsWorkingDays: 15,
  inpsAnswerWorkingDays: 5,
  preliminaryAssessmentDays: 25,
  projectSignatureWorkingDays: 20,
};

/**
 * Writes applications straight into the rei schema as its owner (no registry, no API): for
 * tests about queries and sweeps, not about the rules of creation.
 */
export async function insertApplications(
  tenantId: string,
  rows: DirectApplication[],
): Promise<void> {
  await withClient(testDatabase().ownerUrl, async (c) => {
    for (const [i, row] of rows.entries()) {
      await c.query(
        `insert into rei.application (id, tenant_id, protocol_number, applicant_id, household_id, submitted_at, status, declarations, checks,
           rules_version, deadline_parameters, first_month, last_month, custom_fields, created_at, created_by, updated_at, version, renewal_number)
         values ($1, $2, $3, $4, $5, $6, $7, '{}', '[]', 'REI-2018', $8, '2018-02', $9, '{}', now(), 'test', now(), 1, 0)`,
        [
          row.id,
          tenantId,
          `REI/2018/${String(i + 1).padStart(6, '0')}-${randomUUID().slice(0, 4)}`,
          row.applicantId,
          row.householdId,
          row.submittedAt ?? '2018-01-10',
          row.status ?? 'DRAFT',
          JSON.stringify(DEADLINES),
          row.lastMonth ?? '2019-07',
        ],
      );
    }
  });
}
