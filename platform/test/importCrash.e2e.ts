import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadSigningKeyPem, TokenIssuer, withTenant } from '@sisa/kernel';
import { createTestTenant, freshFiscalCode, recordSession, testDatabase } from '@sisa/testing';
import { serviceEnvironments, type ServiceName } from '../src/processes/serviceEnv';
import { Supervisor } from '../src/processes/supervisor';
import { waitForHealthy } from '../src/processes/waitFor';
import { PLATFORM_SUBGRAPHS } from '../src/subgraphs';
import { compiledMain, freePort } from './support/processes';

const HEADER =
  'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataErogazionePrestazione;ImportoPrestazione;PresaCarico';
const ROWS = 200_000;

interface Job {
  status: string;
  rows: number;
  accepted: number;
  rejected: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failure: string | null;
}

/**
 * The platform as `npm start` runs it: the siuss service killed with SIGKILL in the middle of an
 * import. The import was a job of the queue, not of the request: once the supervisor has started
 * siuss again and the dead worker's job has expired, a worker imports the file again from its
 * first row — every row once (the killed run committed nothing).
 */
describe('an import whose worker is killed (real platform)', () => {
  const db = testDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'sisa-import-crash-'));
  const supervisor = new Supervisor(join(dataDir, 'logs'), {
    restart: { initialDelayMs: 500, maxDelayMs: 2000, stableMs: 60_000 },
  });
  let gatewayUrl = '';

  beforeAll(async () => {
    loadSigningKeyPem({ dataDir, needPrivate: true });
    const ports = {} as Record<ServiceName, number>;
    for (const name of ['gateway', ...PLATFORM_SUBGRAPHS.map((s) => s.name)] as ServiceName[])
      ports[name] = await freePort();
    const envs = serviceEnvironments({
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        SISA_LOG_LEVEL: 'info',
        // A dead worker's job is given to another after 20 s (an attempt takes a few).
        SISA_IMPORT_EXPIRE_SECONDS: '20',
        SISA_IMPORT_QUEUE_MAINTENANCE_SECONDS: '1',
        SISA_IMPORT_RETRY_DELAY_SECONDS: '1',
      },
      dataDir,
      host: '127.0.0.1',
      ports,
      serviceUrls: db.serviceUrls,
    });
    for (const { name } of PLATFORM_SUBGRAPHS)
      supervisor.start(name, compiledMain(`@sisa/${name}`), envs[name]!);
    supervisor.start('gateway', compiledMain('@sisa/gateway'), envs.gateway);
    gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
    if (!(await waitForHealthy(`${gatewayUrl}/health`, 90_000)))
      throw new Error(`platform not healthy: ${JSON.stringify(supervisor.status())}`);
  }, 120_000);
  afterAll(() => supervisor.stopAll(5000));

  it('finishes the import after SIGKILL, every row once', async () => {
    const tenantId = (await createTestTenant('Comune Crash')).id;
    // A token signed with the platform's key, its session recorded as the config service would.
    const { privateKey } = loadSigningKeyPem({ dataDir, needPrivate: true });
    const principal = {
      kind: 'user' as const,
      subjectId: crypto.randomUUID(),
      tenantId,
      roles: ['CASEWORKER' as const],
      scopes: [],
      name: 'test.user',
      sessionId: crypto.randomUUID(),
      supportGrantId: null,
    };
    await recordSession(principal, 3600);
    const { token } = await (await TokenIssuer.fromPem(privateKey!)).issue(principal, 3600);
    const importJob = async (id: string): Promise<Job> => {
      const res = await fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query J($id: ID!) { importJob(id: $id) { status rows accepted rejected inserted updated unchanged failure } }`,
          variables: { id },
        }),
      }).catch(() => null);
      const body = (await res?.json().catch(() => null)) as { data?: { importJob: Job } } | null;
      return body?.data?.importJob ?? ({ status: 'UNKNOWN', rows: -1 } as Job);
    };

    // A few thousand people, each with benefits of their own protocol.
    const people = Array.from({ length: 2000 }, () => freshFiscalCode());
    const lines = [HEADER];
    for (let i = 0; i < ROWS; i++)
      lines.push(
        `${people[i % people.length]};Rossi;Mario;1975;F205;M;IT;3;15146;Italia;4;2;A1.06;K-${i};15/03/2019;100,00;2`,
      );
    const response = await fetch(`${gatewayUrl}/files/siuss/imports?format=csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, prefer: 'respond-async' },
      body: lines.join('\n') + '\n',
    });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };

    // Killed once the import is well under way: past its first chunk of 20,000 rows, which is in
    // the table, uncommitted.
    let during: Job | null = null;
    const started = Date.now();
    while (Date.now() - started < 60_000) {
      const job = await importJob(jobId);
      if (job.status === 'RUNNING' && job.rows >= 25_000) {
        during = job;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(during).not.toBeNull();
    const siuss = supervisor.status().siuss!;
    process.kill(siuss.pid!, 'SIGKILL');

    let end: Job | null = null;
    while (Date.now() - started < 150_000) {
      const job = await importJob(jobId);
      if (job.status === 'COMPLETED' || job.status === 'FAILED') {
        end = job;
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(supervisor.status().siuss).toMatchObject({ state: 'running', restarts: 1 });
    expect(during!.rows).toBeLessThan(ROWS);
    expect(end).toMatchObject({ status: 'COMPLETED', rows: ROWS, failure: null });
    expect(end!.accepted + end!.rejected).toBe(ROWS);
    expect(end!.inserted).toBe(end!.accepted);

    // Every accepted row once: one record per row of the file, none twice.
    const pool = new Pool({ connectionString: db.serviceUrls.siuss, max: 1 });
    try {
      const counts = await withTenant(pool, tenantId, async (c) => {
        const { rows } = await c.query<{ records: string; rows: string; keys: string }>(
          `select count(*) as records, count(distinct source_id) as rows,
                  count(distinct (fiscal_code, request_protocol)) as keys
           from siuss.social_benefit where source_id like $1`,
          [`${jobId}:%`],
        );
        return rows[0]!;
      });
      expect(Number(counts.records)).toBe(end!.accepted);
      expect(Number(counts.rows)).toBe(end!.accepted);
      expect(Number(counts.keys)).toBe(end!.accepted);
    } finally {
      await pool.end();
    }
    expect(existsSync(join(dataDir, 'siuss', tenantId, 'imports', `${jobId}.upload`))).toBe(false);
    // The new siuss process took the dead worker's job and tried it again.
    expect(readFileSync(join(dataDir, 'logs', 'siuss.log'), 'utf8')).toMatch(
      new RegExp(`"jobId":"${jobId}".*"retry":1.*import tried again`),
    );
  }, 200_000);
});
