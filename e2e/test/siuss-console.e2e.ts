import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestTenant,
  createTestUser,
  freshFiscalCode,
  graphqlOk,
  issueToken,
  socialBenefitInput,
  startTestPlatform,
  type TestTenant,
  type TestUser,
} from '@sisa/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousAccessibilityViolations } from '../src/accessibility';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { recordMetric } from '../src/metrics';
import { AppShell } from '../src/pages/AppShell';
import { LoginPage } from '../src/pages/LoginPage';
import { SiussImportPage } from '../src/pages/SiussImportPage';
import { SocialBenefitEditPage } from '../src/pages/SocialBenefitEditPage';
import { SocialBenefitListPage } from '../src/pages/SocialBenefitListPage';
import { TransmissionCreatePage, TransmissionShowPage } from '../src/pages/TransmissionPages';

jest.setTimeout(180_000);

const HEADER =
  'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataErogazionePrestazione;ImportoPrestazione;PresaCarico;AreaUtenza';
const csvRow = (fiscalCode: string, payment = '15/03/2019', takenInCharge = '2') =>
  `${fiscalCode};Niccolò;Gesù;1975;F205;M;IT;3;15146;Italia;4;2;a1.06;P/1;${payment};1.250,50;${takenInCharge};`;

/** A complete periodic benefit (SocialBenefitInput); `userArea: null` leaves it with an issue. */
/** A benefit of 2018 (@sisa/testing's) for this fiscal code, in this area of users. */
const benefitInput = (fiscalCode: string, userArea: string | null) =>
  socialBenefitInput({ fiscalCode, userArea, endDate: '2018-12-31' });

describe('the SIUSS screens in Chromium', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let caseworker: TestUser;
  let lastPage: Page | null = null;

  async function freshTenant(): Promise<{ tenant: TestTenant; user: TestUser; token: string }> {
    const tenant = await createTestTenant('Comune di Prova SIUSS');
    const user = await createTestUser(tenant.id, ['CASEWORKER'], 'password-operatore');
    const token = await issueToken({
      tenantId: tenant.id,
      roles: ['CASEWORKER'],
      name: 'seed.operatore',
    });
    return { tenant, user, token };
  }

  beforeAll(async () => {
    const started = await startTestPlatform(undefined, { adminUiDir: ADMIN_UI_DIST });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
  });

  afterEach(async () => {
    if (lastPage)
      await screenshot(
        lastPage,
        `siuss-last-${expect.getState().currentTestName?.slice(0, 40)}`,
      ).catch(() => undefined);
    lastPage = null;
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signedIn(user: TestUser): Promise<{ page: Page; shell: AppShell }> {
    const { page } = await chromium.newPage();
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(user.username, user.password);
    const shell = new AppShell(page);
    await shell.ready();
    lastPage = page;
    return { page, shell };
  }

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    // react-admin's loading spinners (app bar, inputs) come and go with each request, unnamed:
    // the screen is checked once it has settled.
    await page.waitForLoadState('networkidle');
    await page
      .locator('.MuiCircularProgress-root')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    const violations = await seriousAccessibilityViolations(page);
    if (violations.length)
      throw new Error(`${screen}: violazioni di accessibilità\n${describeViolations(violations)}`);
  }

  it('imports a CSV with a progress bar and reports each rejected row with its reasons', async () => {
    ({ user: caseworker } = await freshTenant());
    const file = join(mkdtempSync(join(tmpdir(), 'sisa-import-')), 'prestazioni-marzo.csv');
    writeFileSync(
      file,
      [
        HEADER,
        csvRow(freshFiscalCode()),
        csvRow(''),
        csvRow(freshFiscalCode(), '31/02/2019'),
        csvRow(freshFiscalCode(), '15/03/2019', '1'),
        csvRow(freshFiscalCode()).replace('1.250,50', '12,345'),
      ].join('\r\n'),
    );
    const source = readFileSync(file, 'utf8').split('\r\n');
    const { page } = await signedIn(caseworker);
    const importing = new SiussImportPage(page, platform.consoleUrl);
    await importing.open();
    await expectAccessible(page, 'importazione SIUSS');

    const started = Date.now();
    await importing.upload(file);
    await importing.progressBar().waitFor();
    await importing.outcome().waitFor();
    recordMetric('siussImportSmallCsvMs', Date.now() - started, 'ms');
    expect(await importing.outcome().innerText()).toBe(
      'Importazione completata: 2 righe accettate, 3 scartate',
    );
    expect(await importing.progressText().innerText()).toContain(
      'righe lette: 5, accettate: 2, scartate: 3',
    );
    // Each problem names the file's column and shows the value as typed.
    expect(await importing.rejected()).toEqual([
      ['3', 'CodiceFiscale', '', 'valore mancante (obbligatorio)'],
      ['4', 'DataErogazionePrestazione', '"31/02/2019"', 'non è una data valida (gg/mm/aaaa)'],
      ['6', 'ImportoPrestazione', '"12,345"', 'non è un importo valido (al massimo due decimali)'],
    ]);
    await expectAccessible(page, 'esito dell’importazione');
    await screenshot(page, 'siuss-01-import');

    // The rejects: the rows as the file had them, and «Motivi».
    const rejects = await importing.downloadRejects();
    const text = readFileSync((await rejects.path())!, 'utf8');
    expect(text.split('\r\n')).toEqual([
      `\uFEFF${HEADER};Motivi`,
      `${source[2]};"Riga 3, colonna ""CodiceFiscale"": valore mancante (obbligatorio)"`,
      `${source[3]};"Riga 4, colonna ""DataErogazionePrestazione"": ""31/02/2019"" non è una data valida (gg/mm/aaaa)"`,
      `${source[5]};"Riga 6, colonna ""ImportoPrestazione"": ""12,345"" non è un importo valido (al massimo due decimali)"`,
      '',
    ]);

    await importing.importedRecords().click();
    const list = new SocialBenefitListPage(page, platform.consoleUrl);
    await list.ready();
    await list.row('Da correggere').waitFor();
    await list.row('Pronta per l’invio').waitFor();
  });

  it('offers the templates to download and explains each column on the import page', async () => {
    const { user } = await freshTenant();
    const { page } = await signedIn(user);
    const importing = new SiussImportPage(page, platform.consoleUrl);
    await importing.open();
    const help = await importing.columnHelp();
    expect(help[0]).toEqual([
      'CodiceFiscale',
      'Codice fiscale — Codice fiscale del beneficiario.',
      'Sì',
      '16 caratteri, maiuscole o minuscole',
      'RSSMRA80A01F205X',
    ]);
    expect(help.find((row) => row[0] === 'ImportoMensile')?.slice(1, 3)).toEqual([
      'Importo mensile — Importo mensile della prestazione periodica.',
      'No',
    ]);
    await expectAccessible(page, 'guida alle colonne');
    await screenshot(page, 'siuss-01b-import-help');

    const csv = await importing.downloadTemplate('CSV');
    expect(csv.suggestedFilename()).toBe('modello-importazione-siuss.csv');
    const [header, sample] = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(header!.startsWith('\uFEFFCodiceFiscale;Cognome;Nome;')).toBe(true);
    expect(sample).toContain(';187,50;');
    const xlsx = await importing.downloadTemplate('XLSX');
    expect(xlsx.suggestedFilename()).toBe('modello-importazione-siuss.xlsx');
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('warns of a file already imported, imports it anyway changing nothing, and flags a possible duplicate', async () => {
    const { user, token } = await freshTenant();
    const file = join(mkdtempSync(join(tmpdir(), 'sisa-import-')), 'prestazioni-aprile.csv');
    writeFileSync(file, [HEADER, csvRow(freshFiscalCode())].join('\r\n'));
    const { page } = await signedIn(user);
    const importing = new SiussImportPage(page, platform.consoleUrl);
    await importing.open();
    await importing.upload(file);
    await importing.outcome().waitFor();
    expect(await importing.outcomeCounts().innerText()).toBe(
      'Nuove: 1 — già presenti e aggiornate: 0 — già presenti, invariate: 0',
    );

    await importing.open();
    await importing.upload(file);
    await importing.duplicateFile().waitFor();
    expect(await importing.duplicateFile().innerText()).toMatch(
      /Questo file «prestazioni-aprile\.csv» è già stato importato il \d\d\/\d\d\/\d{4} alle \d\d:\d\d/,
    );
    await expectAccessible(page, 'file già importato');
    await importing.importAnyway().click();
    await importing.outcome().waitFor();
    expect(await importing.outcomeCounts().innerText()).toBe(
      'Nuove: 0 — già presenti e aggiornate: 0 — già presenti, invariate: 1',
    );
    expect(await importing.matchedRows().innerText()).toContain('Già presente, invariata');
    await expectAccessible(page, 'righe già presenti');

    // Manual entry: the same beneficiary, service and period with another protocol.
    const fiscalCode = freshFiscalCode();
    const create = 'mutation($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { id } }';
    const input = benefitInput(fiscalCode, 'POVERTY_AND_EXCLUSION');
    const first = await graphqlOk<{ createSocialBenefit: { id: string } }>(
      platform.graphqlUrl,
      create,
      { i: input },
      token,
    );
    const second = await graphqlOk<{ createSocialBenefit: { id: string } }>(
      platform.graphqlUrl,
      create,
      { i: { ...input, requestProtocol: 'PG-2018-78' } },
      token,
    );
    await page.goto(`${platform.consoleUrl}socialBenefits/${second.createSocialBenefit.id}`);
    const edit = new SocialBenefitEditPage(page);
    await edit.ready();
    const warning = page.getByTestId('possible-duplicate');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('Possibile duplicato');
    expect(await warning.innerText()).toContain('con un altro protocollo');
    expect(
      await warning.getByRole('link', { name: /protocollo PG-2018-77/ }).getAttribute('href'),
    ).toContain(first.createSocialBenefit.id);
    await expectAccessible(page, 'possibile duplicato');
  });

  it('exports the list as CSV with no cell that a spreadsheet would run as a formula', async () => {
    const { user, token } = await freshTenant();
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { id } }',
      {
        i: {
          ...benefitInput(freshFiscalCode(), 'POVERTY_AND_EXCLUSION'),
          lastName: '=HYPERLINK("http://x.it";"V")',
          firstName: '@SUM(1+1)',
        },
      },
      token,
    );
    const { page, shell } = await signedIn(user);
    await shell.open('Prestazioni sociali');
    const list = new SocialBenefitListPage(page, platform.consoleUrl);
    await list.ready();
    const download = await list.exportCsv();
    const csv = readFileSync((await download.path())!, 'utf8');
    // Names are kept in capitals.
    expect(csv).toContain(`;"'=HYPERLINK(""HTTP://X.IT"";""V"")";'@SUM(1+1);`);
    expect(csv).not.toMatch(/(^|;)[=@]/m);
  });

  it('fills Nuovo invio with the operator’s own fiscal code from their profile, still editable', async () => {
    const { tenant, user } = await freshTenant();
    const own = freshFiscalCode();
    const admin = await issueToken({ tenantId: tenant.id, roles: ['TENANT_ADMIN'] });
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id } }',
      { id: user.id, i: { fiscalCode: own } },
      admin,
    );
    const { page } = await signedIn(user);
    await page.goto(`${platform.consoleUrl}transmissions/create`);
    const create_ = new TransmissionCreatePage(page, platform.consoleUrl);
    await page.waitForFunction(
      (code) => Array.from(document.querySelectorAll('input')).some((i) => i.value === code),
      own,
    );
    expect(await create_.operatorFiscalCode().inputValue()).toBe(own);
    await page.getByText(/^Codice valido: femmina, nata il /).waitFor();
    const other = freshFiscalCode();
    await create_.operatorFiscalCode().fill(other.toLowerCase());
    expect(await create_.operatorFiscalCode().inputValue()).toBe(other);
    await create_.operatorFiscalCode().fill(other.slice(0, 15) + (other.endsWith('A') ? 'B' : 'A'));
    await page.getByText(/carattere di controllo/i).waitFor();
  });

  it('shows a record’s issue next to its field, and sends the valid records in a file that downloads', async () => {
    const { user, token } = await freshTenant();
    const valid = freshFiscalCode();
    const invalid = freshFiscalCode();
    const create =
      'mutation($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { id status } }';
    await graphqlOk(
      platform.graphqlUrl,
      create,
      { i: benefitInput(valid, 'POVERTY_AND_EXCLUSION') },
      token,
    );
    await graphqlOk(platform.graphqlUrl, create, { i: benefitInput(invalid, null) }, token);

    const { page, shell } = await signedIn(user);
    await shell.open('Prestazioni sociali');
    const list = new SocialBenefitListPage(page, platform.consoleUrl);
    await list.ready();
    expect(await list.row(invalid).innerText()).toContain('1 problema');
    await expectAccessible(page, 'elenco prestazioni SIUSS');
    await list.edit(invalid);

    const edit = new SocialBenefitEditPage(page);
    await edit.ready();
    await edit.issueOn('userArea').waitFor();
    expect(await edit.issueOn('userArea').innerText()).toBe(
      'AreaUtenza è obbligatoria quando PresaCarico è 1 (sì)',
    );
    expect(await edit.issues().innerText()).toContain('AreaUtenza è obbligatoria');
    await expectAccessible(page, 'prestazione con un problema');
    await screenshot(page, 'siuss-02-issue');
    await edit.choose(/^Area di utenza/, 'Povertà ed esclusione sociale');
    await edit.save().click();
    await edit.noIssues().waitFor();
    expect(await edit.issueOn('userArea').count()).toBe(0);

    await shell.open('Invii SIUSS');
    const create_ = new TransmissionCreatePage(page, platform.consoleUrl);
    await page.getByRole('link', { name: 'Nuovo' }).click();
    await create_.ready().waitFor();
    expect(await create_.ready().innerText()).toMatch(
      /^L’invio conterrà 2 prestazioni: \d+ elementi in 1 file\.$/,
    );
    expect(await create_.previewTable().innerText()).toMatch(/Prestazione\s+Anno\s+Elementi/);
    await create_.operatorFiscalCode().fill('RSSMRA80A01F205X');
    await expectAccessible(page, 'nuovo invio SIUSS');
    await create_.save().click();

    const transmission = new TransmissionShowPage(page);
    await transmission.ready();
    await expectAccessible(page, 'invio SIUSS');
    await screenshot(page, 'siuss-03-transmission');
    const download = await transmission.download();
    expect(download.suggestedFilename()).toMatch(/\.PS\.\d{8}\.\d{7}\.xml$/);
    const xml = readFileSync((await download.path())!, 'utf8');
    expect(xml).toContain('<Flusso');
    expect(xml).toContain(`CodiceFiscale="${valid}"`);
    expect(xml).toContain(`CodiceFiscale="${invalid}"`);

    await list.open();
    expect(await list.row(valid).innerText()).toContain('Inviata');

    // The other screens of the section, as they are with these records.
    await list.row(valid).click();
    await page.getByRole('region', { name: 'Invii all’INPS' }).waitFor();
    await expectAccessible(page, 'prestazione inviata');
    for (const [item, screen] of [
      ['Invii SIUSS', 'elenco invii SIUSS'],
      ['Importazioni SIUSS', 'elenco importazioni (vuoto)'],
      ['Tracciati di importazione', 'elenco tracciati (vuoto)'],
    ]) {
      await shell.open(item!);
      await page
        .getByRole('columnheader')
        .or(page.getByText(/^Nessun elemento/))
        .first()
        .waitFor();
      await expectAccessible(page, screen!);
    }
    await page.goto(`${platform.consoleUrl}siussImportLayouts/create`);
    await page.getByRole('textbox', { name: /^Nome/ }).waitFor();
    await expectAccessible(page, 'nuovo tracciato');
  });
});
