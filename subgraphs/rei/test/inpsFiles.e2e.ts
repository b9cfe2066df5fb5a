import { todayInItaly } from '@sisa/italia';
import {
  createTestTenant,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { applicationIn, type App } from './support/flows';
import { FAMILY_OF_THREE } from './support/world';
import { OPS } from './support/operations';

describe('INPS files', () => {
  let platform: TestPlatform;
  let url: string;
  let token: string;
  let otherToken: string;
  let viewerToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei']);
    url = platform.graphqlUrl;
    const tenant = await createTestTenant('Comune REI file');
    token = await userToken(tenant.id, ['CASEWORKER']);
    viewerToken = await userToken(tenant.id, ['VIEWER']);
    otherToken = await userToken((await createTestTenant('Altro comune')).id, ['CASEWORKER']);
  }, 60_000);
  afterAll(() => platform?.close());

  const upload = (csv: string, bearer = token) =>
    fetch(`${platform.gatewayUrl}/files/rei/inps-outcomes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'text/csv' },
      body: csv,
    });
  const status = async (id: string) =>
    (await graphqlOk<{ reiApplication: App }>(url, OPS.get, { id }, token)).reiApplication.status;

  it('imports INPS outcomes, reporting row by row what it could not match', async () => {
    const { application: a } = await applicationIn(url, token, { until: 'SENT_TO_INPS' });
    const { application: b, family: bFamily } = await applicationIn(url, token, {
      until: 'SENT_TO_INPS',
    });
    const { application: c } = await applicationIn(url, token, { until: 'CHECKS_PASSED' });
    const today = todayInItaly().split('-').reverse().join('/');
    const csv = [
      '\uFEFFprotocollo;codice_fiscale;esito;data_esito;riferimento;note',
      `${a.protocolNumber};;ACCOLTA;${today};INPS/1;`,
      `${b.protocolNumber};${bFamily.fiscalCodes[0]};respinta;${todayInItaly()};INPS/2;ISEE oltre soglia`,
      `REI/2018/999999;;ACCOLTA;${today};;`,
      `${c.protocolNumber};;ACCOLTA;${today};;`,
      `${a.protocolNumber};;FORSE;${today};;`,
      '',
    ].join('\r\n');
    const response = await upload(csv);
    expect(response.status).toBe(200);
    const report = (await response.json()) as { errors: unknown[] };
    expect(report).toMatchObject({ rows: 5, applied: 2, rejected: 3 });
    expect(report.errors).toEqual([
      {
        row: 4,
        protocolNumber: 'REI/2018/999999',
        message: 'Nessuna domanda con questo protocollo',
      },
      {
        row: 5,
        protocolNumber: c.protocolNumber,
        message:
          'Una domanda «Controlli superati» non può diventare «Accolta»: in questo stato l’operazione non è ammessa',
      },
      {
        row: 6,
        protocolNumber: a.protocolNumber,
        message: 'Esito «FORSE» non riconosciuto: usare ACCOLTA o RESPINTA',
      },
    ]);
    expect(await status(a.id)).toBe('ACCEPTED');
    expect(await status(b.id)).toBe('REJECTED');
    expect(await status(c.id)).toBe('CHECKS_PASSED');
  });

  it('refuses a file without the needed columns, a wrong fiscal code, a reader and a bad token', async () => {
    const missing = await upload('protocollo;esito\nREI/2018/000001;ACCOLTA\n');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toBe(
      'File non leggibile: Colonne mancanti: data_esito',
    );

    const { application } = await applicationIn(url, token, { until: 'SENT_TO_INPS' });
    const wrongPerson = (await (
      await upload(
        `protocollo,codice_fiscale,esito,data_esito\n${application.protocolNumber},RSSMRA80A01F205X,ACCOLTA,${todayInItaly()}\n`,
      )
    ).json()) as { errors: unknown[] };
    expect(wrongPerson.errors).toEqual([
      {
        row: 2,
        protocolNumber: application.protocolNumber,
        message: 'Il codice fiscale non è quello del richiedente della domanda',
      },
    ]);
    expect(await status(application.id)).toBe('SENT_TO_INPS');

    expect((await upload('x', viewerToken)).status).toBe(403);
    expect((await upload('x', 'not-a-token')).status).toBe(401);
  });

  it('refuses an endless line (422, naming it) and a body past the upload limit (413)', async () => {
    const streamed = (first: string, fill: string, bytes: number, base = platform.gatewayUrl) =>
      fetch(`${base}/files/rei/inps-outcomes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body: new ReadableStream<Uint8Array>({
          async start(controller) {
            try {
              controller.enqueue(Buffer.from(first));
              const chunk = Buffer.from(fill.repeat(64 * 1024));
              for (let sent = 0; sent < bytes; sent += chunk.length) {
                controller.enqueue(chunk);
                await new Promise((resolve) => setImmediate(resolve));
              }
              controller.close();
            } catch {
              // the server stopped reading
            }
          },
        }),
        duplex: 'half',
      } as RequestInit);
    const endless = await streamed(
      'protocollo;esito;data_esito\nREI/2018/000001;ACCOLTA;01/02/2019\n',
      'x',
      25 * 1024 * 1024,
    );
    expect(endless.status).toBe(422);
    expect(((await endless.json()) as { error: string }).error).toBe(
      'File non leggibile: la riga 3 supera 65536 caratteri',
    );
    // Straight to the subgraph, which counts the bytes itself (the gateway does too), under a
    // limit of 2 MB read at each upload.
    process.env.SISA_UPLOAD_MAX_MB = '2';
    try {
      const huge = await streamed(
        'protocollo;esito;data_esito\n',
        '\n',
        60 * 1024 * 1024,
        platform.subgraphUrls.rei,
      );
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { error: string }).error).toBe(
        'File troppo grande: al massimo 2 MB',
      );
    } finally {
      delete process.env.SISA_UPLOAD_MAX_MB;
    }
  }, 30_000);

  it('neutralises in the export a name that a spreadsheet would run as a formula', async () => {
    const [applicant, ...others] = FAMILY_OF_THREE;
    const { application } = await applicationIn(url, token, {
      until: 'CHECKS_PASSED',
      people: [{ ...applicant!, lastName: '=HYPERLINK("http://x.example";"Rossi")' }, ...others],
    });
    const { sendToInps } = await graphqlOk<{ sendToInps: App }>(
      url,
      OPS.send,
      { ids: [application.id] },
      token,
    );
    const text = await (
      await fetch(`${platform.gatewayUrl}${sendToInps.url}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text();
    const line = text.split('\r\n')[1]!;
    expect(line).toContain(';"\'=HYPERLINK(""http://x.example"";""Rossi"") ');
    // Only that cell changes: the amounts and counts are plain numbers.
    expect(line.split(';').filter((cell) => /^"?'/.test(cell))).toHaveLength(1);
    expect(line).toMatch(/;3;/);
  });

  it('serves an export only to the tenant that produced it', async () => {
    const { application } = await applicationIn(url, token, { until: 'CHECKS_PASSED' });
    const { sendToInps } = await graphqlOk<{ sendToInps: App }>(
      url,
      OPS.send,
      { ids: [application.id] },
      token,
    );
    const get = (bearer: string) =>
      fetch(`${platform.gatewayUrl}${sendToInps.url}`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
    const mine = await get(viewerToken);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-disposition')).toBe(
      `attachment; filename="${sendToInps.fileName}"`,
    );
    expect((await get(otherToken)).status).toBe(404);
    const { inpsExports } = await graphqlOk<{ inpsExports: { total: number; items: App[] } }>(
      url,
      '{ inpsExports { total items { id } } }',
      {},
      otherToken,
    );
    expect(inpsExports).toEqual({ total: 0, items: [] });
    const mineListed = await graphqlOk<{ inpsExports: { total: number; items: App[] } }>(
      url,
      'query E($f: InpsExportFilter) { inpsExports(filter: $f, sort: { field: CREATED_AT, order: DESC }) { total items { id applicationCount } } }',
      { f: { ids: [sendToInps.id] } },
      token,
    );
    expect(mineListed.inpsExports).toEqual({
      total: 1,
      items: [{ id: sendToInps.id, applicationCount: 1 }],
    });
  });
});
