import { createHash } from 'node:crypto';
import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, benefitInput, download, freshFiscalCode, OPS, upload, type Api } from './siussApi';

const HEADER =
  'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataErogazionePrestazione;ImportoPrestazione;PresaCarico';

/** An occasional benefit row: one record, one INPS element. */
const row = (cf: string, protocol: string, amount = '100,00', day = '15/03/2019') =>
  `${cf};Rossi;Mario;1975;F205;M;IT;3;15146;Italia;4;2;A1.06;${protocol};${day};${amount};2`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

const JOB = `query J($id: ID!) { importJob(id: $id) { status rows accepted rejected inserted updated unchanged sha256
  outcomes { row outcome benefitId message } errors { row reasons } failure rejectsUrl } }`;
const DUPLICATES = `query D($i: SocialBenefitKeyInput!, $x: ID) { socialBenefitDuplicates(input: $i, excludeId: $x) { match benefit { id requestProtocol } } }`;

interface Job {
  status: string;
  rows: number;
  accepted: number;
  rejected: number;
  inserted: number;
  updated: number;
  unchanged: number;
  sha256: string | null;
  outcomes: { row: number; outcome: string; benefitId: string; message: string }[];
  errors: { row: number; reasons: string[] }[];
  failure: string | null;
  rejectsUrl: string;
}

describe('the same benefit twice: imports, files, manual entry, transmissions', () => {
  let platform: TestPlatform;
  let api: Api;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    const tenant = await createTestTenant('Comune Doppioni');
    token = await userToken(tenant.id);
    api = apiAs(platform.graphqlUrl, token);
  });
  afterAll(() => platform.close());

  const job = async (id: string) => (await api.ok<{ importJob: Job }>(JOB, { id })).importJob;
  const recordsOf = async (fiscalCode: string) =>
    (
      await api.ok<{
        socialBenefits: { items: { id: string; status: string }[] };
      }>(OPS.list, { f: { fiscalCode } })
    ).socialBenefits.items;
  const benefit = async (id: string) =>
    (
      await api.ok<{
        socialBenefit: { version: number; amount: string; pendingCancellation: boolean };
      }>(OPS.benefit, { id })
    ).socialBenefit;
  const transmit = () =>
    api.ok<{
      createTransmission: { benefitCount: number; recordCount: number; files: { url: string }[] };
    }>(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } });
  const flowText = async (files: { url: string }[]) =>
    (await Promise.all(files.map((f) => download(platform.gatewayUrl, token, f.url)))).map(
      (d) => d.text,
    );

  it('imports a file twice into one record, sent once; a changed row updates and is corrected with C + I', async () => {
    const cf = freshFiscalCode();
    const file = csv(row(cf, 'P/1'), row(cf, 'P/2'));
    const first = await upload(platform.gatewayUrl, token, file, 'format=csv&fileName=a.csv');
    expect(first.body).toMatchObject({
      status: 'COMPLETED',
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    expect((await job(first.body.jobId)).sha256).toBe(
      createHash('sha256').update(file).digest('hex'),
    );

    // The same bytes again: refused before anything changes, naming the earlier import.
    const again = await upload(platform.gatewayUrl, token, file, 'format=csv');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE_FILE', status: 'FAILED' });
    expect(again.body.error).toContain(first.body.jobId);
    expect(again.body.error).toMatch(/già stato importato il \d\d\/\d\d\/\d{4} alle \d\d:\d\d/);
    expect((await job(again.body.jobId)).status).toBe('FAILED');
    // Declared up front (as the console does): refused before the upload is read.
    const declared = await upload(
      platform.gatewayUrl,
      token,
      file,
      `format=csv&sha256=${createHash('sha256').update(file).digest('hex')}`,
    );
    expect(declared.status).toBe(409);
    expect(declared.body).toMatchObject({
      code: 'DUPLICATE_FILE',
      duplicateOf: { jobId: first.body.jobId, fileName: 'a.csv' },
    });
    expect(await recordsOf(cf)).toHaveLength(2);

    // Confirmed: imported again, and nothing changes.
    const confirmed = await upload(
      platform.gatewayUrl,
      token,
      file,
      'format=csv&confirmDuplicate=true',
    );
    expect(confirmed.body).toMatchObject({
      status: 'COMPLETED',
      accepted: 2,
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    const unchangedJob = await job(confirmed.body.jobId);
    expect(unchangedJob.outcomes.map((o) => [o.row, o.outcome, o.message])).toEqual([
      [2, 'UNCHANGED', 'già presente, invariata'],
      [3, 'UNCHANGED', 'già presente, invariata'],
    ]);
    const records = await recordsOf(cf);
    expect(records).toHaveLength(2);
    for (const r of records) expect((await benefit(r.id)).version).toBe(1);

    // One transmission: each record once, as an insert.
    const sent = (await transmit()).createTransmission;
    expect(sent.benefitCount).toBe(2);
    const xml = (await flowText(sent.files)).join('');
    expect(xml.match(/TipoOperazione="I"/g)).toHaveLength(2);
    expect(xml).not.toMatch(/TipoOperazione="C"/);

    // A file with one row changed, one the same, one new and one repeated (same key, spaces and
    // case apart in the protocol).
    const changed = csv(row(cf, 'P/1', '150,00'), row(cf, 'P/2'), row(cf, 'P/3'), row(cf, 'p/ 3'));
    const update = await upload(platform.gatewayUrl, token, changed, 'format=csv');
    expect(update.body).toMatchObject({
      status: 'COMPLETED',
      rows: 4,
      accepted: 3,
      rejected: 1,
      inserted: 1,
      updated: 1,
      unchanged: 1,
    });
    const updateJob = await job(update.body.jobId);
    expect(updateJob.errors).toEqual([
      { row: 5, reasons: [expect.stringContaining('la stessa della riga 4 del file')] },
    ]);
    const updated = updateJob.outcomes.find((o) => o.outcome === 'UPDATED')!;
    expect(updated).toMatchObject({ row: 2, message: 'aggiornata' });
    expect(await benefit(updated.benefitId)).toMatchObject({
      version: 2,
      amount: '150.00',
      pendingCancellation: true,
    });
    expect(await recordsOf(cf)).toHaveLength(3);

    // Next transmission: the correction (C of what INPS has, I of the new) and the new record.
    const next = (await transmit()).createTransmission;
    expect(next.benefitCount).toBe(2);
    const nextXml = (await flowText(next.files)).join('');
    expect(nextXml).toMatch(/TipoOperazione="C"[^>]*ImportoPrestazione="100.00"/);
    expect(nextXml).toMatch(/TipoOperazione="I"[^>]*ImportoPrestazione="150.00"/);
    expect(nextXml.match(/TipoOperazione="I"/g)).toHaveLength(2);

    // Re-running that import changes nothing.
    const rerun = await upload(
      platform.gatewayUrl,
      token,
      changed,
      'format=csv&confirmDuplicate=true',
    );
    expect(rerun.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 1 });
    expect((await benefit(updated.benefitId)).version).toBe(2);
    expect(
      errorCode(await api.call(OPS.transmit, { i: { operatorFiscalCode: 'BNCMRC75C10F205O' } })),
    ).toBe('BAD_USER_INPUT');
  });

  it('names a key repeated across chunks of a large file (20,000 rows each) by its first line', async () => {
    const cf = freshFiscalCode();
    // A record already there, matched by line 2 and again by the file's last line.
    const existing = await upload(platform.gatewayUrl, token, csv(row(cf, 'K/1')), 'format=csv');
    expect(existing.body).toMatchObject({ inserted: 1 });
    const rows = [row(cf, 'K/1', '120,00')];
    for (let i = 0; i < 25_000; i++) rows.push(row(cf, `Q/${i}`));
    rows.push(row(cf, 'Q/7'), row(cf, 'K/1', '130,00'));
    const big = await upload(platform.gatewayUrl, token, csv(...rows), 'format=csv');
    expect(big.body).toMatchObject({
      status: 'COMPLETED',
      rows: 25_003,
      inserted: 25_000,
      updated: 1,
      unchanged: 0,
      rejected: 2,
    });
    const { errors } = await job(big.body.jobId);
    expect(errors).toEqual([
      { row: 25_003, reasons: [expect.stringContaining('la stessa della riga 10 del file')] },
      { row: 25_004, reasons: [expect.stringContaining('la stessa della riga 2 del file')] },
    ]);
    const { amount } = await benefit((await job(big.body.jobId)).outcomes[0]!.benefitId);
    expect(amount).toBe('120.00');
  }, 300_000);

  it('refuses a manual record with a key already there and lists likely duplicates before saving', async () => {
    const input = benefitInput();
    const { createSocialBenefit: existing } = await api.ok<{
      createSocialBenefit: { id: string };
    }>(OPS.create, { i: input });

    const again = await api.call(OPS.create, {
      i: { ...input, requestProtocol: ` ${input.requestProtocol.toLowerCase()} ` },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'input.requestProtocol',
        message: expect.stringMatching(/^Prestazione già presente \(.*\): /),
        existingId: existing.id,
      },
    ]);

    const key = {
      fiscalCode: input.fiscalCode.toLowerCase(),
      serviceCode: input.serviceCode,
      startDate: input.startDate,
      endDate: input.endDate,
    };
    const candidates = async (over: Record<string, unknown>, excludeId?: string) =>
      (
        await api.ok<{
          socialBenefitDuplicates: { match: string; benefit: { id: string } }[];
        }>(DUPLICATES, { i: { ...key, ...over }, x: excludeId ?? null })
      ).socialBenefitDuplicates.map((d) => [d.match, d.benefit.id]);
    expect(await candidates({ requestProtocol: input.requestProtocol })).toEqual([
      ['SAME_KEY', existing.id],
    ]);
    expect(await candidates({ requestProtocol: 'ALTRO-1' })).toEqual([
      ['OTHER_PROTOCOL', existing.id],
    ]);
    expect(
      await candidates({
        requestProtocol: 'ALTRO-2',
        startDate: '2018-09-01',
        endDate: '2018-12-31',
      }),
    ).toEqual([['OVERLAPPING_PERIOD', existing.id]]);
    expect(
      await candidates({
        requestProtocol: 'ALTRO-3',
        startDate: '2020-01-01',
        endDate: '2020-12-31',
      }),
    ).toEqual([]);
    expect(await candidates({ requestProtocol: input.requestProtocol }, existing.id)).toEqual([]);

    // Another protocol is another benefit: saved (the console warned first).
    const other = await api.ok<{ createSocialBenefit: { id: string } }>(OPS.create, {
      i: { ...input, requestProtocol: 'ALTRO-1' },
    });
    // Changing it onto the first one's key is refused the same way.
    const onto = await api.call(OPS.update, {
      id: other.createSocialBenefit.id,
      i: { requestProtocol: input.requestProtocol },
      v: 1,
    });
    expect(errorCode(onto)).toBe('BAD_USER_INPUT');
    expect(onto.errors![0]!.extensions!.fieldErrors).toEqual([
      expect.objectContaining({ field: 'input.requestProtocol', existingId: existing.id }),
    ]);
  });
});
