import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { generateTransmission, type TransmissionRequest } from '../src/services/transmissions';
import type { SiussServices } from '../src/context';
import { apiAs, benefitInput, download, freshFiscalCode, OPS, upload, type Api } from './siussApi';
import { XSD, xmllintErrors } from './xsd';
import { SINBA_SAMPLE } from './fixtures/benefits';

const HEADER =
  'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataInizioPrestazione;DataFinePrestazione;DataErogazionePrestazione;ImportoPrestazione;ImportoMensile;PresaCarico;AreaUtenza';

function csvRow(fiscalCode: string, over: Partial<Record<string, string>> = {}): string {
  const v = {
    cf: fiscalCode,
    cognome: 'Niccolò',
    nome: 'Gesù',
    anno: '1975',
    luogo: 'F205',
    genere: 'M',
    citt: 'IT',
    reg: '3',
    com: '15146',
    naz: 'Italia',
    pm: '4',
    car: '2',
    cod: 'a1.06',
    prot: 'P/1',
    inizio: '',
    fine: '',
    erog: '15/03/2019',
    imp: '1.250,50',
    mens: '',
    pc: '2',
    area: '',
    ...over,
  };
  return [
    v.cf,
    v.cognome,
    v.nome,
    v.anno,
    v.luogo,
    v.genere,
    v.citt,
    v.reg,
    v.com,
    v.naz,
    v.pm,
    v.car,
    v.cod,
    v.prot,
    v.inizio,
    v.fine,
    v.erog,
    v.imp,
    v.mens,
    v.pc,
    v.area,
  ].join(';');
}

describe('imports and transmissions through the gateway', () => {
  let platform: TestPlatform;
  let api: Api;
  let otherApi: Api;
  let token: string;
  let otherToken: string;
  let tenantId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    const tenant = await createTestTenant('Comune Flussi');
    tenantId = tenant.id;
    token = await userToken(tenant.id);
    otherToken = await userToken((await createTestTenant('Altro Comune Flussi')).id);
    api = apiAs(platform.graphqlUrl, token);
    otherApi = apiAs(platform.graphqlUrl, otherToken);
  });
  afterAll(() => platform.close());

  /** The record's version now (an update must name it). */
  const versionOf = async (id: string) =>
    (await api.ok<{ socialBenefit: { version: number } }>(OPS.benefit, { id })).socialBenefit
      .version;

  /** A PS transmission of the tenant as the mutation would ask for it, to run directly. */
  const directRequest = (over: Partial<TransmissionRequest> = {}): TransmissionRequest => ({
    tenantId,
    flow: 'PS_PSA_SINA',
    recordsPerFile: 100,
    ente: { code: 'F205', name: 'Prova', seatCode: 'F205', operatorFiscalCode: 'BNCMRC75C10F205O' },
    actor: 'test',
    day: '2026-01-01',
    dataDir: mkdtempSync(join(tmpdir(), 'siuss-direct-')),
    ...over,
  });

  /**
   * Starts `operation` after the first batch of a PS transmission run directly, gives it half a
   * second, and tells whether it had finished before the transmission did.
   */
  async function duringTransmission<T>(operation: () => Promise<T>, day: string) {
    let result: Promise<T> | null = null;
    let finishedDuring = false;
    const services = platform.subgraphs.siuss!.services as SiussServices;
    await generateTransmission(services.pool, directRequest({ day }), {
      afterBatch: async () => {
        if (result) return;
        result = operation();
        result.then(() => (finishedDuring = true)).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
    });
    return { result: result!, finishedDuring };
  }

  it('imports a Windows-1252 CSV with ";" and Italian formats, rejecting unreadable rows with reasons', async () => {
    const lines = [
      HEADER.toLowerCase(),
      csvRow(freshFiscalCode()),
      csvRow(freshFiscalCode(), { erog: '31/02/2019' }),
      csvRow(freshFiscalCode(), { pc: '1' }),
      csvRow(''),
    ];
    const body = iconv.encode(lines.join('\r\n') + '\r\n', 'windows-1252');
    const { status, body: answer } = await upload(platform.gatewayUrl, token, body, 'format=csv');
    expect(status).toBe(200);
    expect(answer).toMatchObject({ status: 'COMPLETED', rows: 4, accepted: 2, rejected: 2 });
    const { importJob } = await api.ok<{
      importJob: { errors: { row: number; reasons: string[] }[]; rejectsUrl: string };
    }>(OPS.importJob, { id: answer.jobId });
    expect(importJob.errors).toEqual([
      {
        row: 3,
        reasons: [
          'Riga 3, colonna "dataerogazioneprestazione": "31/02/2019" non è una data valida (gg/mm/aaaa)',
        ],
      },
      { row: 5, reasons: ['Riga 5, colonna "codicefiscale": valore mancante (obbligatorio)'] },
    ]);
    const rejects = await download(platform.gatewayUrl, token, importJob.rejectsUrl);
    expect(rejects.text).toContain(
      `${lines[4]};"Riga 5, colonna ""codicefiscale"": valore mancante (obbligatorio)"`,
    );
    const { socialBenefits } = await api.ok<{ socialBenefits: { items: { status: string }[] } }>(
      OPS.list,
      { f: { source: 'IMPORT' } },
    );
    expect(socialBenefits.items.map((i) => i.status).sort()).toEqual(['INVALID', 'VALID']);
    const imported = await api.ok<{ socialBenefits: { items: { id: string }[] } }>(OPS.list, {
      f: { source: 'IMPORT', status: ['VALID'] },
    });
    const { socialBenefit } = await api.ok<{
      socialBenefit: { lastName: string; amount: string; citizenshipCode: string };
    }>(OPS.benefit, { id: imported.socialBenefits.items[0]!.id });
    expect(socialBenefit).toMatchObject({
      lastName: 'NICCOLÒ',
      amount: '1250.50',
      citizenshipCode: '380',
    });
    // Another tenant sees neither the job nor its rejects.
    expect(
      (await otherApi.ok<{ importJob: unknown }>(OPS.importJob, { id: answer.jobId })).importJob,
    ).toBeNull();
    expect((await download(platform.gatewayUrl, otherToken, importJob.rejectsUrl)).status).toBe(
      404,
    );
  });

  it('imports UTF-8 with BOM and ",", XLSX, and fixed-width TXT with a saved layout', async () => {
    const commaCsv =
      '\uFEFF' +
      HEADER.replace(/;/g, ',') +
      '\n' +
      csvRow(freshFiscalCode(), { imp: '"1.250,50"' }).replace(/;/g, ',') +
      '\n';
    expect((await upload(platform.gatewayUrl, token, commaCsv, 'format=csv')).body).toMatchObject({
      status: 'COMPLETED',
      accepted: 1,
    });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prestazioni');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow(
      csvRow(freshFiscalCode(), { imp: '' })
        .split(';')
        .map((v, i) => (i === 17 ? 99.5 : v)),
    );
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload(platform.gatewayUrl, token, xlsx, 'format=xlsx')).body).toMatchObject({
      status: 'COMPLETED',
      rows: 1,
      accepted: 1,
    });

    const columns = [
      { attribute: 'CodiceFiscale', start: 1, length: 16 },
      { attribute: 'PresenzaProvaMezzi', start: 17, length: 1 },
      { attribute: 'CaratterePrestazione', start: 18, length: 1 },
      { attribute: 'CodicePrestazione', start: 19, length: 5 },
      { attribute: 'ProtocolloDomanda', start: 24, length: 10 },
      { attribute: 'DataErogazionePrestazione', start: 34, length: 10 },
      { attribute: 'ImportoPrestazione', start: 44, length: 10 },
      { attribute: 'PresaCarico', start: 54, length: 1 },
    ];
    const { saveImportLayout } = await api.ok<{ saveImportLayout: { id: string } }>(
      OPS.saveLayout,
      { i: { name: 'Tracciato gestionale', kind: 'FIXED_WIDTH', columns } },
    );
    const line = `${freshFiscalCode()}42A1.06PROT-00001${'01/04/2019'}${'120,00'.padStart(10)}2`;
    const fixed = await upload(
      platform.gatewayUrl,
      token,
      `${line}\n`,
      `format=txt&layout=${saveImportLayout.id}`,
    );
    expect(fixed.body).toMatchObject({ status: 'COMPLETED', rows: 1, accepted: 1 });
  });

  it('leaves nothing behind when a file breaks half-way', async () => {
    const before = (await api.ok<{ socialBenefits: { total: number } }>(OPS.list, {}))
      .socialBenefits.total;
    const broken = [
      HEADER,
      csvRow(freshFiscalCode()),
      csvRow(freshFiscalCode()),
      `${freshFiscalCode()};"Rossi;Mario`,
    ].join('\n');
    const { status, body } = await upload(platform.gatewayUrl, token, broken, 'format=csv');
    expect(status).toBe(422);
    const { importJob } = await api.ok<{ importJob: { status: string; failure: string } }>(
      OPS.importJob,
      { id: body.jobId },
    );
    expect(importJob.status).toBe('FAILED');
    expect(importJob.failure).toContain('nessun record importato');
    expect(
      (await api.ok<{ socialBenefits: { total: number } }>(OPS.list, {})).socialBenefits.total,
    ).toBe(before);
  });

  it('leaves nothing behind when a file breaks after many good rows: refused while it arrives, never queued', async () => {
    const before = (await api.ok<{ socialBenefits: { total: number } }>(OPS.list, {}))
      .socialBenefits.total;
    // More rows than one chunk of the staged insert (20,000): the request reads the file as the
    // import will while storing it, so the break is met before any row is imported. (A run that
    // dies once rows are in the table commits nothing: platform/test/importCrash.e2e.ts.)
    const rows = Array.from({ length: 25_000 }, (_, i) =>
      csvRow(freshFiscalCode(), { prot: `P/${i}` }),
    );
    const broken = [HEADER, ...rows, `${freshFiscalCode()};"Rossi;Mario`].join('\n');
    const { status, body } = await upload(platform.gatewayUrl, token, broken, 'format=csv');
    expect(status).toBe(422);
    const { importJob } = await api.ok<{ importJob: { status: string; rows: number } }>(
      OPS.importJob,
      { id: body.jobId },
    );
    expect(importJob.status).toBe('FAILED');
    expect(importJob.rows).toBe(0);
    expect(body.error).toMatch(/riga 25002/i);
    expect(
      (await api.ok<{ socialBenefits: { total: number } }>(OPS.list, {})).socialBenefits.total,
    ).toBe(before);
  });

  it('transmits VALID records in XSD-valid files, per calendar year, split by records per file, for the same tenant only', async () => {
    await api.ok(OPS.create, { i: benefitInput() });
    const valid = (
      await api.ok<{ socialBenefits: { total: number } }>(OPS.list, { f: { status: ['VALID'] } })
    ).socialBenefits.total;
    const { createTransmission: t } = await api.ok<{
      createTransmission: {
        id: string;
        benefitCount: number;
        recordCount: number;
        files: { name: string; records: number; sha256: string; url: string }[];
      };
    }>(OPS.transmit, {
      i: { recordsPerFile: 2, operatorFiscalCode: 'BNCMRC75C10F205O' },
    });
    expect(t.benefitCount).toBe(valid);
    expect(t.recordCount).toBe(valid + 1); // the 2018–2019 periodic benefit becomes two
    expect(t.files.length).toBe(Math.ceil(t.recordCount / 2));
    expect(t.files[0]!.name).toMatch(/^[A-Z]\d{3}\.PS\.\d{8}\.0000001\.xml$/);
    const dir = mkdtempSync(join(tmpdir(), 'siuss-dl-'));
    for (const file of t.files) {
      const { status, text } = await download(platform.gatewayUrl, token, file.url);
      expect(status).toBe(200);
      writeFileSync(join(dir, file.name), text);
      expect(xmllintErrors(join(dir, file.name), XSD.PS_PSA_SINA)).toBe('');
      expect((await download(platform.gatewayUrl, otherToken, file.url)).status).toBe(404);
    }
    expect(
      (await api.ok<{ socialBenefits: { total: number } }>(OPS.list, { f: { status: ['VALID'] } }))
        .socialBenefits.total,
    ).toBe(0);
    expect(
      errorCode(await api.call(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      (await otherApi.ok<{ transmissions: { total: number } }>(OPS.transmissions)).transmissions
        .total,
    ).toBe(0);
  });

  it('sends a change to a transmitted record as C + I, and records INPS outcomes', async () => {
    const input = benefitInput({ startDate: '2018-01-01', endDate: '2018-06-30' });
    const { createSocialBenefit: b } = await api.ok<{
      createSocialBenefit: { id: string; version: number };
    }>(OPS.create, { i: input });
    const first = await api.ok<{ createTransmission: { id: string } }>(OPS.transmit, {
      i: { operatorFiscalCode: 'BNCMRC75C10F205O' },
    });
    const { updateSocialBenefit: changed } = await api.ok<{
      updateSocialBenefit: { status: string; pendingCancellation: boolean };
    }>(OPS.update, { id: b.id, i: { monthlyAmount: '300.00' }, v: await versionOf(b.id) });
    expect(changed).toMatchObject({ status: 'VALID', pendingCancellation: true });
    const { createTransmission: second } = await api.ok<{
      createTransmission: { id: string; files: { url: string; name: string }[] };
    }>(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
    const { text } = await download(platform.gatewayUrl, token, second.files[0]!.url);
    expect(text).toMatch(/TipoOperazione="C"[^>]*ImportoMensile="250.00"/);
    expect(text).toMatch(/TipoOperazione="I"[^>]*ImportoMensile="300.00"/);
    const { recordSiussOutcome } = await api.ok<{
      recordSiussOutcome: { inpsOutcome: { accepted: boolean; reason: string } };
    }>(OPS.outcome, {
      t: second.id,
      b: b.id,
      i: { accepted: false, reason: 'Codice fiscale non censito' },
    });
    expect(recordSiussOutcome.inpsOutcome).toEqual({
      accepted: false,
      reason: 'Codice fiscale non censito',
    });
    const { socialBenefit } = await api.ok<{
      socialBenefit: {
        status: string;
        transmissions: { operation: string; transmission: { id: string } }[];
      };
    }>(OPS.benefit, { id: b.id });
    expect(socialBenefit.status).toBe('TRANSMITTED');
    const { socialBenefits: ofSecond } = await api.ok<{
      socialBenefits: { total: number; items: { id: string; status: string }[] };
    }>(OPS.list, { f: { transmissionId: second.id, status: ['TRANSMITTED'] } });
    expect(ofSecond.items).toEqual([
      { id: b.id, status: 'TRANSMITTED', fiscalCode: input.fiscalCode },
    ]);
    expect(socialBenefit.transmissions.map((x) => [x.operation, x.transmission.id]).sort()).toEqual(
      [
        ['CI', second.id],
        ['I', first.createTransmission.id],
      ].sort(),
    );
    await api.ok(OPS.cancel, { id: b.id });
    const { createTransmission: third } = await api.ok<{
      createTransmission: { files: { url: string }[] };
    }>(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
    const cancellation = await download(platform.gatewayUrl, token, third.files[0]!.url);
    expect(cancellation.text).toContain('TipoOperazione="C"');
    expect(cancellation.text).not.toContain('TipoOperazione="I"');
    const { socialBenefit: cancelled } = await api.ok<{
      socialBenefit: { status: string; pendingCancellation: boolean };
    }>(OPS.benefit, { id: b.id });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', pendingCancellation: false });
    expect(
      errorCode(await api.call(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } })),
    ).toBe('BAD_USER_INPUT');
  });

  it('shows a transmitted record as TRANSMITTED without writing to it when it is read', async () => {
    const input = benefitInput();
    const { createSocialBenefit: b } = await api.ok<{ createSocialBenefit: { id: string } }>(
      OPS.create,
      { i: input },
    );
    await api.ok(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
    const services = platform.subgraphs.siuss!.services as SiussServices;
    /** The stored row: its status column and the transaction that last wrote it. */
    const stored = async () => {
      const client = await services.pool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        const { rows } = await client.query<{ status: string; writer: string }>(
          'select status, xmin::text as writer from siuss.social_benefit where id = $1',
          [b.id],
        );
        await client.query('commit');
        return rows[0]!;
      } finally {
        client.release();
      }
    };
    const before = await stored();
    const { socialBenefit } = await api.ok<{ socialBenefit: { status: string } }>(OPS.benefit, {
      id: b.id,
    });
    const { socialBenefits } = await api.ok<{
      socialBenefits: { items: { id: string; status: string }[] };
    }>(OPS.list, { f: { ids: [b.id] } });
    expect(socialBenefit.status).toBe('TRANSMITTED');
    expect(socialBenefits.items.map((x) => x.status)).toEqual(['TRANSMITTED']);
    // A query that wrote the row would lock it, and could put back a state a change replaced.
    expect(await stored()).toEqual(before);
    const { updateSocialBenefit: changed } = await api.ok<{
      updateSocialBenefit: { status: string; pendingCancellation: boolean };
    }>(OPS.update, { id: b.id, i: { monthlyAmount: '300.00' }, v: await versionOf(b.id) });
    expect(changed).toMatchObject({ status: 'VALID', pendingCancellation: true });
  });

  it('sends a record made valid again after a transmission that found it incomplete, and lists what is left to send', async () => {
    const input = benefitInput();
    const { createSocialBenefit: b } = await api.ok<{ createSocialBenefit: { id: string } }>(
      OPS.create,
      { i: input },
    );
    const { updateSocialBenefit: broken } = await api.ok<{
      updateSocialBenefit: { status: string };
    }>(OPS.update, { id: b.id, i: { userArea: null, dsuDate: null }, v: await versionOf(b.id) });
    expect(broken.status).toBe('INVALID');
    const { createSocialBenefit: other } = await api.ok<{ createSocialBenefit: { id: string } }>(
      OPS.create,
      { i: benefitInput() },
    );
    const toSend = async () =>
      (
        await api.ok<{ socialBenefits: { items: { id: string }[] } }>(OPS.list, {
          f: { status: ['VALID'] },
          pp: 200,
        })
      ).socialBenefits.items.map((x) => x.id);
    expect(await toSend()).toContain(other.id);
    expect(await toSend()).not.toContain(b.id);
    const { createTransmission: first } = await api.ok<{
      createTransmission: { id: string; files: { url: string }[] };
    }>(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
    expect((await download(platform.gatewayUrl, token, first.files[0]!.url)).text).not.toContain(
      input.fiscalCode,
    );
    expect(await toSend()).toEqual([]);
    await api.ok(OPS.update, { id: b.id, i: input, v: await versionOf(b.id) });
    expect(await toSend()).toEqual([b.id]);
    const { createTransmission: second } = await api.ok<{
      createTransmission: { benefitCount: number; files: { url: string }[] };
    }>(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
    expect(second.benefitCount).toBe(1);
    expect((await download(platform.gatewayUrl, token, second.files[0]!.url)).text).toContain(
      `CodiceFiscale="${input.fiscalCode}"`,
    );
    expect(await toSend()).toEqual([]);
  });

  it('lets a change made while a transmission runs wait for it, then sends it as C + I', async () => {
    const input = benefitInput({ startDate: '2018-01-01', endDate: '2018-06-30' });
    const { createSocialBenefit: b } = await api.ok<{ createSocialBenefit: { id: string } }>(
      OPS.create,
      { i: input },
    );
    const version = await versionOf(b.id);
    const { result: change, finishedDuring } = await duringTransmission(
      () =>
        api.ok<{ updateSocialBenefit: { status: string; pendingCancellation: boolean } }>(
          OPS.update,
          { id: b.id, i: { monthlyAmount: '300.00' }, v: version },
        ),
      '2026-01-03',
    );
    expect(finishedDuring).toBe(false);
    expect((await change).updateSocialBenefit).toMatchObject({
      status: 'VALID',
      pendingCancellation: true,
    });
    const { createTransmission: next } = await api.ok<{
      createTransmission: { files: { url: string }[] };
    }>(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
    const { text } = await download(platform.gatewayUrl, token, next.files[0]!.url);
    expect(text).toMatch(/TipoOperazione="C"[^>]*ImportoMensile="250.00"/);
    expect(text).toMatch(/TipoOperazione="I"[^>]*ImportoMensile="300.00"/);
  });

  it('lets an import made while a transmission runs wait for it, then sends its records in the next one', async () => {
    await api.ok(OPS.create, { i: benefitInput() });
    const fiscalCode = freshFiscalCode();
    const { result: imported, finishedDuring } = await duringTransmission(
      () => upload(platform.gatewayUrl, token, `${HEADER}\n${csvRow(fiscalCode)}\n`, 'format=csv'),
      '2026-01-04',
    );
    expect(finishedDuring).toBe(false);
    expect((await imported).body).toMatchObject({ status: 'COMPLETED', accepted: 1 });
    const { createTransmission: next } = await api.ok<{
      createTransmission: { benefitCount: number; files: { url: string }[] };
    }>(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
    expect(next.benefitCount).toBe(1);
    const { text } = await download(platform.gatewayUrl, token, next.files[0]!.url);
    expect(text).toContain(`CodiceFiscale="${fiscalCode}"`);
  });

  it('lets the service refresh the planner statistics of the records, as a large import does', async () => {
    const services = platform.subgraphs.siuss!.services as SiussServices;
    await services.pool.query(`select siuss.refresh_statistics('social_benefit')`);
    await expect(
      services.pool.query(`select siuss.refresh_statistics('import_job')`),
    ).rejects.toThrow(/statistiche non previste/);
    const { rows } = await services.pool.query<{ analyzed: Date | null }>(
      `select last_analyze as analyzed from pg_stat_user_tables where schemaname = 'siuss' and relname = 'social_benefit'`,
    );
    expect(rows[0]!.analyzed).not.toBeNull();
  });

  it('marks nothing as sent and leaves no file when generation crashes half-way', async () => {
    const valid = async () =>
      (await api.ok<{ socialBenefits: { total: number } }>(OPS.list, { f: { status: ['VALID'] } }))
        .socialBenefits.total;
    const before = await valid();
    for (let i = 0; i < 5; i++) await api.ok(OPS.create, { i: benefitInput() });
    const services = platform.subgraphs.siuss!.services as SiussServices;
    const request = directRequest({ recordsPerFile: 1, day: '2026-01-02' });
    await expect(
      generateTransmission(services.pool, request, {
        afterBatch: () => {
          throw new Error('crash simulato');
        },
      }),
    ).rejects.toThrow('crash simulato');
    expect(await valid()).toBe(before + 5);
    expect(readdirSync(join(request.dataDir, 'siuss', tenantId))).toEqual([]);
  });

  it('transmits SINBA with a stable pseudonym instead of the fiscal code', async () => {
    const fiscalCode = freshFiscalCode();
    await api.ok(OPS.create, {
      i: benefitInput({ fiscalCode, sinba: SINBA_SAMPLE, userArea: 'FAMILY_AND_MINORS' }),
    });
    await api.ok(OPS.create, {
      i: benefitInput({
        fiscalCode,
        sinba: SINBA_SAMPLE,
        serviceCode: 'A1.06',
        character: 'OCCASIONAL',
        startDate: null,
        endDate: null,
        monthlyAmount: null,
        paymentDate: '2019-01-10',
        amount: '50.00',
        userArea: 'FAMILY_AND_MINORS',
      }),
    });
    const { createTransmission: t } = await api.ok<{
      createTransmission: { recordCount: number; files: { url: string; name: string }[] };
    }>(OPS.transmit, { i: { flow: 'SINBA', operatorFiscalCode: 'BNCMRC75C10F205O' } });
    expect(t.recordCount).toBe(1);
    const { text } = await download(platform.gatewayUrl, token, t.files[0]!.url);
    const path = join(mkdtempSync(join(tmpdir(), 'siuss-sinba-')), t.files[0]!.name);
    writeFileSync(path, text);
    expect(xmllintErrors(path, XSD.SINBA)).toBe('');
    expect(text).not.toContain(fiscalCode);
    expect(text).toMatch(/IDBeneficiario="[A-Z2-7]{20}"/);
    expect(text).toContain(
      '<CodicePrestazione>A1.04</CodicePrestazione><CodicePrestazione>A1.06</CodicePrestazione>',
    );
  });
});
