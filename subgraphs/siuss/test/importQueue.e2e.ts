import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import PgBoss from 'pg-boss';
import { Pool } from 'pg';
import {
  createTestTenant,
  startTestPlatform,
  testDatabase,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { createImportJob } from '../src/services/imports';
import {
  IMPORT_FAILED_QUEUE,
  IMPORT_QUEUE,
  JOB_SCHEMA,
  uploadPath,
  type QueuedImport,
} from '../src/services/importQueue';
import { apiAs, freshFiscalCode, type Api } from './siussApi';

// Attempts a second apart, so a job failing every time ends within the test.
process.env.SISA_IMPORT_ATTEMPTS = '3';
process.env.SISA_IMPORT_RETRY_DELAY_SECONDS = '1';
// Expired jobs (of a dead worker) are found every second.
process.env.SISA_IMPORT_QUEUE_MAINTENANCE_SECONDS = '1';

const HEADER =
  'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataErogazionePrestazione;ImportoPrestazione;PresaCarico';
const row = (cf: string, protocol: string) =>
  `${cf};Rossi;Mario;1975;F205;M;IT;3;15146;Italia;4;2;A1.06;${protocol};15/03/2019;100,00;2`;

const JOB = `query J($id: ID!) { importJob(id: $id) { status rows accepted rejected inserted updated unchanged failure } }`;
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

describe('SIUSS imports as jobs of the queue', () => {
  let platform: TestPlatform;
  let tenantId: string;
  let token: string;
  let api: Api;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    tenantId = (await createTestTenant('Comune Coda')).id;
    token = await userToken(tenantId);
    api = apiAs(platform.graphqlUrl, token);
  });
  afterAll(() => platform.close());

  async function jobWhen(jobId: string, done: (job: Job) => boolean): Promise<Job> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { importJob } = await api.ok<{ importJob: Job }>(JOB, { id: jobId });
      if (done(importJob) || Date.now() > deadline) return importJob;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('answers 202 at once with Prefer: respond-async; a worker imports the stored file and removes it', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(freshFiscalCode(), `Q-${i}`));
    const csv = [HEADER, ...rows, 'RSSMRA75C15F205X;;;;;;;;;;;;;;;;'].join('\n') + '\n';
    const response = await fetch(`${platform.gatewayUrl}/files/siuss/imports?format=csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, prefer: 'respond-async' },
      body: csv,
    });
    expect(response.status).toBe(202);
    const body = (await response.json()) as { jobId: string; status: string };
    expect(body.status).toBe('RUNNING');
    const job = await jobWhen(body.jobId, (j) => j.status !== 'RUNNING');
    expect(job).toMatchObject({
      status: 'COMPLETED',
      rows: 51,
      accepted: 50,
      rejected: 1,
      inserted: 50,
      updated: 0,
      unchanged: 0,
      failure: null,
    });
    expect(existsSync(uploadPath(platform.dataDir, tenantId, body.jobId))).toBe(false);

    // The synchronous answer is the same job, through the same queue: the file again, unchanged.
    const again = await fetch(
      `${platform.gatewayUrl}/files/siuss/imports?format=csv&confirmDuplicate=true`,
      { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: csv },
    );
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      status: 'COMPLETED',
      rows: 51,
      accepted: 50,
      rejected: 1,
      inserted: 0,
      unchanged: 50,
    });
  }, 60_000);

  const db = testDatabase();
  const queued = (jobId: string): QueuedImport => ({
    jobId,
    tenantId,
    actor: 'test.user',
    format: 'csv',
    encoding: null,
    layoutId: null,
    confirmDuplicate: false,
    sha256: '0'.repeat(64),
    config: { version: 0, definitions: [], valueLists: [], patronSaintDay: null },
  });

  /** Records a job and hands `enqueue` a queue client of its own (the service role's). */
  async function queueDirectly(
    jobId: string,
    enqueue: (boss: PgBoss) => Promise<void>,
    forTenant = tenantId,
  ) {
    const pool = new Pool({ connectionString: db.serviceUrls.siuss, max: 2 });
    const boss = new PgBoss({
      connectionString: db.serviceUrls.siuss,
      schema: JOB_SCHEMA,
      migrate: false,
      supervise: false,
      schedule: false,
    });
    try {
      await createImportJob(pool, {
        id: jobId,
        tenantId: forTenant,
        format: 'csv',
        fileName: 'perso.csv',
        layoutId: null,
        actor: 'test.user',
      });
      await boss.start();
      await enqueue(boss);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await pool.end();
    }
  }

  it('fails a job that fails every attempt, with its message, after the last attempt', async () => {
    // A queued import whose upload is not in the data dir (a replica with a data dir of its own):
    // no attempt can read it.
    const jobId = randomUUID();
    await queueDirectly(jobId, async (boss) => {
      await boss.send(IMPORT_QUEUE, queued(jobId), { retryLimit: 2, retryDelay: 1 });
    });
    // Between attempts the job stays RUNNING: the console keeps waiting.
    const failed = await jobWhen(jobId, (j) => j.status !== 'RUNNING');
    expect(failed.status).toBe('FAILED');
    expect(failed.failure).toBe(
      'Importazione non riuscita dopo 3 tentativi, nessun record importato: il file caricato non è più nella cartella dei dati del servizio',
    );
    expect(failed.rows).toBe(0);
  }, 60_000);

  it('fails an import whose worker died during its last attempt', async () => {
    const jobId = randomUUID();
    await queueDirectly(jobId, async (boss) => {
      // Not yet for the service's workers: this test takes it, as a worker that then dies.
      const queueId = await boss.send(IMPORT_QUEUE, queued(jobId), {
        retryLimit: 0,
        expireInSeconds: 1,
        deadLetter: IMPORT_FAILED_QUEUE,
        startAfter: new Date(Date.now() + 3_600_000),
      });
      const [taken] = await boss.fetch(IMPORT_QUEUE, { ignoreStartAfter: true });
      expect(taken?.id).toBe(queueId);
    });
    const job = await jobWhen(jobId, (j) => j.status !== 'RUNNING');
    expect(job.status).toBe('FAILED');
    expect(job.failure).toBe(
      'Importazione non riuscita: il servizio si è interrotto durante l\u2019ultimo tentativo, nessun record importato',
    );
  }, 60_000);

  it('takes one asynchronous import of a comune in the queue at a time (429)', async () => {
    const other = (await createTestTenant('Comune Coda Occupata')).id;
    const otherToken = await userToken(other);
    // An import of the comune in the queue, not yet for the workers.
    const jobId = randomUUID();
    await queueDirectly(
      jobId,
      async (boss) => {
        await boss.send(
          IMPORT_QUEUE,
          { ...queued(jobId), tenantId: other },
          { startAfter: new Date(Date.now() + 3_600_000) },
        );
      },
      other,
    );
    const response = await fetch(`${platform.gatewayUrl}/files/siuss/imports?format=csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${otherToken}`, prefer: 'respond-async' },
      body: [HEADER, row(freshFiscalCode(), 'Q-X')].join('\n') + '\n',
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(((await response.json()) as { error: string }).error).toMatch(/già in corso/);
  });

  it('runs two comuni\u2019s imports at once on one process, both to the end', async () => {
    // Each running import holds its lock, its transaction and writes its progress: the
    // connections of the one and of the other never wait for each other.
    const comuni = await Promise.all(
      ['Comune Parallelo A', 'Comune Parallelo B'].map(async (name) => {
        const id = (await createTestTenant(name)).id;
        return { id, api: apiAs(platform.graphqlUrl, await userToken(id)) };
      }),
    );
    const people = Array.from({ length: 500 }, () => freshFiscalCode());
    const csv = (tag: string) =>
      [
        HEADER,
        ...Array.from({ length: 30_000 }, (_, i) => row(people[i % 500]!, `${tag}-${i}`)),
      ].join('\n') + '\n';
    const jobIds = await Promise.all(
      comuni.map(async (comune, n) => {
        const token = await userToken(comune.id);
        const response = await fetch(`${platform.gatewayUrl}/files/siuss/imports?format=csv`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, prefer: 'respond-async' },
          body: csv(`P${n}`),
        });
        expect(response.status).toBe(202);
        return ((await response.json()) as { jobId: string }).jobId;
      }),
    );
    const ends = await Promise.all(
      jobIds.map(async (id, n) => {
        const deadline = Date.now() + 60_000;
        for (;;) {
          const { importJob } = await comuni[n]!.api.ok<{ importJob: Job }>(JOB, { id });
          if (importJob.status !== 'RUNNING' || Date.now() > deadline) return importJob;
          await new Promise((r) => setTimeout(r, 250));
        }
      }),
    );
    for (const end of ends)
      expect(end).toMatchObject({ status: 'COMPLETED', rows: 30_000, inserted: 30_000 });
  }, 90_000);
});
