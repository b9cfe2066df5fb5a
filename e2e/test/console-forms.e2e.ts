import { computeFiscalCode } from '@sisa/italia';
import {
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  startTestPlatform,
  type TestTenant,
  type TestUser,
} from '@sisa/testing';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { eventually } from '../src/eventually';
import { AppShell } from '../src/pages/AppShell';
import { DashboardPage } from '../src/pages/DashboardPage';
import { FieldDefinitionFormPage } from '../src/pages/FieldDefinitionFormPage';
import { IndicatorFormPage } from '../src/pages/IndicatorFormPage';
import { LoginPage } from '../src/pages/LoginPage';
import { ParameterSetPage } from '../src/pages/ParameterSetPage';
import { SocialBenefitEditPage } from '../src/pages/SocialBenefitEditPage';
import { SubjectShowPage } from '../src/pages/SubjectShowPage';

jest.setTimeout(180_000);

// Issue 15, the console for daily work: forms that save, labels instead of codes, no raw JSON.
describe('the console’s forms and labels in Chromium', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let tenant: TestTenant;
  let admin: TestUser;
  let caseworker: TestUser;
  let adminToken: string;
  let caseworkerToken: string;
  let annaId: string;

  const api = <T = Record<string, unknown>>(query: string, variables = {}, token = adminToken) =>
    graphqlOk<T>(platform.graphqlUrl, query, variables, token);

  async function createSubject(input: Record<string, unknown>): Promise<string> {
    const data = await api<{ createSubject: { id: string } }>(
      'mutation($input: SubjectInput!) { createSubject(input: $input) { id } }',
      { input },
      caseworkerToken,
    );
    return data.createSubject.id;
  }

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_UI_DIST, 'index.html')))
      throw new Error(
        `La console non è compilata (manca ${ADMIN_UI_DIST}/index.html): "npm run build".`,
      );
    // A copy: another build of admin-ui/dist while this runs would replace the chunks.
    const adminUiDir = mkdtempSync(join(tmpdir(), 'sisa-console-'));
    cpSync(ADMIN_UI_DIST, adminUiDir, { recursive: true });
    const started = await startTestPlatform(undefined, { adminUiDir });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
    tenant = await createTestTenant('Comune di Prova Moduli');
    admin = await createTestUser(tenant.id, ['TENANT_ADMIN'], 'password-amministratore');
    caseworker = await createTestUser(tenant.id, ['CASEWORKER'], 'password-operatore');
    adminToken = await issueToken({ tenantId: tenant.id, roles: ['TENANT_ADMIN'], name: 'a' });
    caseworkerToken = await issueToken({ tenantId: tenant.id, roles: ['CASEWORKER'], name: 'c' });
    // A comune's list, and a SELECT field on it, for the indicator's groups and conditions.
    await api('mutation($input: ValueListInput!) { saveValueList(input: $input) { key } }', {
      input: {
        key: 'area_sostegno',
        label: 'Area di sostegno',
        items: [
          { code: 'SAN', label: 'Sanitaria' },
          { code: 'SOC', label: 'Sociale' },
        ],
      },
    });
    await api(
      'mutation($input: FieldDefinitionInput!) { createFieldDefinition(input: $input) { id } }',
      {
        input: {
          entity: 'SUBJECT',
          key: 'areaSostegno',
          label: 'Area di sostegno',
          type: 'SELECT',
          listKey: 'area_sostegno',
        },
      },
    );
    annaId = await createSubject({
      fiscalCode: 'BNCNNA75E50F205H',
      firstName: 'Anna',
      lastName: 'Bianchi',
      sex: 'F',
      birthDate: '1975-05-10',
      birthPlaceCode: 'F205',
      customFields: { areaSostegno: 'SAN' },
    });
    await createSubject({
      fiscalCode: 'VRDLCU90T01H501V',
      firstName: 'Luca',
      lastName: 'Verdi',
      sex: 'M',
      birthDate: '1990-12-01',
      birthPlaceCode: 'H501',
      customFields: { areaSostegno: 'SOC' },
    });
  });

  afterEach(async () => {
    const pages = chromium.browser.contexts().flatMap((c) => c.pages());
    const name = (expect.getState().currentTestName ?? '').slice(-24).replace(/\W+/g, '-');
    await Promise.all(
      pages.map((p, i) => screenshot(p, `forms-last-${name}-${i}`).catch(() => undefined)),
    );
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signedIn(user: TestUser): Promise<{ page: Page; shell: AppShell }> {
    const { page } = await chromium.newPage();
    page.on('pageerror', (error) => console.log('[pageerror]', error.message));
    page.on('response', async (r) => {
      if (!r.url().endsWith('/graphql')) return;
      const body = await r.text().catch(() => '');
      if (r.status() >= 400 || body.includes('"errors"'))
        console.log('[gql]', r.status(), r.request().postData()?.slice(0, 200), body.slice(0, 300));
    });
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(user.username, user.password);
    const shell = new AppShell(page);
    await shell.ready();
    return { page, shell };
  }

  it('saves a required choice field on a list no field uses yet: the preview never blocks Salva', async () => {
    await api('mutation($input: ValueListInput!) { saveValueList(input: $input) { key } }', {
      input: {
        key: 'canale_accesso',
        label: 'Canale di accesso',
        items: [
          { code: 'SPORTELLO', label: 'Sportello' },
          { code: 'INVIO', label: 'Invio da altro servizio' },
        ],
      },
    });
    await api(
      'mutation($input: FieldDefinitionInput!) { createFieldDefinition(input: $input) { id } }',
      {
        input: {
          entity: 'SUBJECT',
          key: 'servizioSociale',
          label: 'Servizio sociale di riferimento',
          type: 'TEXT',
          visibleWhen: { field: 'areaSostegno', equals: 'SOC' },
        },
      },
    );
    const { page, shell } = await signedIn(admin);
    const fields = new FieldDefinitionFormPage(page, platform.consoleUrl);
    await shell.open('Campi personalizzati');
    await fields.listRow('areaSostegno').first().waitFor();
    // A visibility condition by names: the field's label and the list item's.
    expect(
      await eventually(
        () => fields.listRow('servizioSociale').innerText(),
        (text) => text.includes('Area di sostegno = Sociale'),
      ),
    ).toContain('Area di sostegno = Sociale');

    await fields.openCreate();
    await fields.key().fill('canaleAccesso');
    await fields.label().fill('Canale di accesso');
    await fields.pick(fields.type(), 'Scelta da elenco');
    await fields.pick(fields.list(), 'Canale di accesso');
    await fields.required().check();
    await fields.preview().waitFor();
    // Left empty though required, the preview does not stop the definition from being saved.
    await screenshot(page, 'forms-01-required-field');
    const sent = page.waitForRequest(
      (r) => r.postData()?.includes('createFieldDefinition') ?? false,
    );
    await fields.save().click();
    expect((await sent).postDataJSON().variables.input).toMatchObject({
      key: 'canaleAccesso',
      required: true,
      listKey: 'canale_accesso',
    });
    await fields.listRow('canaleAccesso').waitFor();
    // Every field says whether it is active; "Righe per pagina" shows the 100 the list opens with.
    expect(await fields.listRow('areaSostegno').first().innerText()).toContain('Attivo');
    await fields.rowsPerPage().waitFor();
    expect(await page.getByRole('combobox', { name: /Righe per pagina/ }).innerText()).toBe('100');

    // A second field with the same label: a warning, not an error.
    await fields.openCreate();
    await fields.label().fill('canale di  accesso ');
    await fields.sameLabelWarning().waitFor();
    expect(await fields.sameLabelWarning().innerText()).toContain(
      'Esiste già un campo con l’etichetta «Canale di accesso»',
    );
    // The preview offers a list's items even when no field uses that list yet.
    await api('mutation($input: ValueListInput!) { saveValueList(input: $input) { key } }', {
      input: {
        key: 'esito_colloquio',
        label: 'Esito del colloquio',
        items: [{ code: 'OK', label: 'Positivo' }],
      },
    });
    await fields.key().fill('esitoColloquio');
    await fields.pick(fields.type(), 'Scelta da elenco');
    await fields.pick(fields.list(), 'Esito del colloquio');
    await page.getByRole('combobox', { name: /^canale di\s+accesso/ }).click();
    await page.getByRole('option', { name: 'Positivo' }).waitFor();
    await page.keyboard.press('Escape');
    await fields.label().fill('Canale di primo accesso');
    await fields.sameLabelWarning().waitFor({ state: 'detached' });
    // Off again: the subjects the next scenarios create need not fill it.
    const { fieldDefinitions } = await api<{ fieldDefinitions: { id: string; key: string }[] }>(
      '{ fieldDefinitions { id key } }',
    );
    await api(
      'mutation($id: ID!, $input: FieldDefinitionUpdateInput!) { updateFieldDefinition(id: $id, input: $input) { id } }',
      { id: fieldDefinitions.find((d) => d.key === 'canaleAccesso')!.id, input: { active: false } },
    );
  });

  it('shows places by name in the storico, with their codes', async () => {
    const code = computeFiscalCode({
      lastName: 'Hoxha',
      firstName: 'Arben',
      sex: 'M',
      birthDate: '1985-03-02',
      birthPlaceCode: 'Z100',
    });
    const id = await createSubject({
      fiscalCode: code,
      firstName: 'Arben',
      lastName: 'Hoxha',
      sex: 'M',
      birthDate: '1985-03-02',
      birthPlaceCode: 'Z100',
      citizenshipCode: '008',
      residence: { municipalityCode: '015146', street: 'Via Roma 1' },
    });
    const { page } = await signedIn(caseworker);
    await page.goto(`${platform.consoleUrl}subjects/${id}/show`);
    const show = new SubjectShowPage(page);
    await show.ready();
    await show.openTab('Storico');
    await show.history().waitFor();
    const created = await eventually(
      () => show.revision(1).innerText(),
      (text) => text.includes('Albania (Z100)'),
    );
    expect(created).toContain('Luogo di nascita: — → Albania (Z100)');
    expect(created).toContain('Cittadinanza: — → Albania (008)');
    expect(created).toContain('Comune di residenza: — → Milano (015146)');
    await screenshot(page, 'forms-02-history-places');
  });

  it('builds an indicator’s conditions from the fields, names custom groups, and checks the JSON view', async () => {
    const { page } = await signedIn(admin);
    const indicator = new IndicatorFormPage(page, platform.consoleUrl);
    await indicator.openCreate();
    await indicator.key().fill('soggetti_per_area');
    await indicator.label().fill('Soggetti per area di sostegno');
    await indicator.pick(indicator.groupBy(), 'Area di sostegno');
    // The groups of a custom choice field by the labels of its list, not by their codes.
    expect(
      await eventually(
        () => indicator.previewGroups(),
        (groups) => groups.includes('Sanitaria: 1'),
        15_000,
      ),
    ).toEqual(expect.arrayContaining(['Sanitaria: 1', 'Sociale: 1']));

    // A condition: the operators suit the field (no "greater than" for a sex), values from its list.
    await indicator.addCondition().click();
    await indicator.pick(indicator.condition(1).getByRole('combobox', { name: 'Campo' }), 'Sesso');
    const operators = await indicator.operatorsOf(1);
    expect(operators).toEqual(expect.arrayContaining(['è uguale a', 'è uno tra']));
    expect(operators).not.toContain('è maggiore di');
    await indicator.setCondition(1, 'Sesso', 'è uguale a', 'Femmina');
    expect(
      await eventually(
        () => indicator.previewValue().innerText(),
        (v) => v === '1',
        15_000,
      ),
    ).toBe('1');
    expect(await indicator.previewGroups()).toEqual(['Sanitaria: 1']);
    // A number: its own operators.
    await indicator.addCondition().click();
    await indicator.pick(indicator.condition(2).getByRole('combobox', { name: 'Campo' }), 'Età');
    expect(await indicator.operatorsOf(2)).toEqual(
      expect.arrayContaining(['è almeno', 'è al massimo']),
    );
    await indicator.condition(2).getByRole('button', { name: 'Togli la condizione 2' }).click();
    await screenshot(page, 'forms-03-condition-builder');

    // The JSON, as an advanced view: what the rows say; a malformed one is said in Italian and the
    // preview says it is not up to date (no old figure).
    await indicator.advancedToggle().click();
    expect(JSON.parse(await indicator.conditionsJson().inputValue())).toEqual({
      sex: { eq: 'F' },
    });
    await indicator.conditionsJson().fill('{"sex": ');
    await page.getByText('JSON non valido: controlla virgolette, virgole e parentesi').waitFor();
    await indicator.previewProblem().filter({ hasText: 'Anteprima non aggiornata' }).waitFor();
    expect(await indicator.previewValue().count()).toBe(0);
    await indicator.conditionsJson().fill('{"eta": {"gte": 18}}');
    await page.getByText('Campo «eta» non disponibile per questo tipo di dato').waitFor();
    await indicator.conditionsJson().fill('{"sex": "M"}');
    // Luca, and Arben (previous scenario) who has no area.
    expect(
      await eventually(
        () =>
          indicator
            .previewValue()
            .innerText()
            .catch(() => ''),
        (v) => v === '2',
        15_000,
      ),
    ).toBe('2');
    expect(await indicator.previewGroups()).toEqual(expect.arrayContaining(['Sociale: 1']));
    // Back to the rows: the JSON's condition as a row.
    await indicator.advancedToggle().click();
    expect(await indicator.condition(1).getByRole('combobox', { name: 'Valore' }).innerText()).toBe(
      'Maschio',
    );
    await indicator.save().click();
    await page.getByRole('row').filter({ hasText: 'Soggetti per area di sostegno' }).waitFor();
    // The list names the group field (not customFields.areaSostegno).
    const listed = page.getByRole('row').filter({ hasText: 'Soggetti per area di sostegno' });
    expect(
      await eventually(
        () => listed.innerText(),
        (text) => text.includes('Area di sostegno'),
      ),
    ).not.toContain('customFields.');
    const saved = await api<{ indicators: { key: string; filter: unknown }[] }>(
      '{ indicators { key filter } }',
    );
    // The condition as the JSON view had it (the rows did not change it).
    expect(saved.indicators.find((i) => i.key === 'soggetti_per_area')?.filter).toEqual({
      sex: 'M',
    });

    // A second indicator with the same name: a warning.
    await indicator.openCreate();
    await indicator.label().fill('Soggetti per area di sostegno');
    await page.getByText('Esiste già un indicatore con il nome').waitFor();
  });

  it('asks a SIUSS record’s places by name, as the subject’s form does', async () => {
    const created = await api<{ createSocialBenefit: { id: string } }>(
      'mutation($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { id } }',
      {
        i: {
          fiscalCode: 'BNCNNA75E50F205H',
          lastName: 'Bianchi',
          firstName: 'Anna',
          birthYear: 1975,
          birthPlaceCode: 'F205',
          sex: 'F',
          citizenshipCode: '380',
          residence: { regionCode: '03', municipalityCode: '015146', countryCode: '380' },
          serviceCode: 'A1.04',
          meansTest: 'ISEE',
          character: 'PERIODIC',
          requestProtocol: 'PG-2018-77',
          startDate: '2018-06-01',
          endDate: '2018-12-31',
          monthlyAmount: '250.00',
          takenInCharge: false,
        },
      },
      caseworkerToken,
    );
    const id = created.createSocialBenefit.id;
    const { page } = await signedIn(caseworker);
    await page.goto(`${platform.consoleUrl}socialBenefits/${id}`);
    const edit = new SocialBenefitEditPage(page);
    await edit.ready();
    const birthPlace = page.getByRole('combobox', { name: /^Luogo di nascita/ });
    expect(
      await eventually(
        () => birthPlace.inputValue(),
        (v) => v !== 'F205',
      ),
    ).toBe('Milano (MI)');
    expect(await page.getByRole('combobox', { name: /^Cittadinanza/ }).inputValue()).toBe('Italia');
    expect(await page.getByRole('combobox', { name: /^Comune di residenza/ }).inputValue()).toBe(
      'Milano (MI)',
    );
    expect(await page.getByRole('combobox', { name: /^Regione di residenza/ }).innerText()).toBe(
      'Lombardia',
    );
    // Picked by name: Roma as birth place and comune (the region follows the comune).
    await birthPlace.fill('Roma');
    await page.getByRole('option', { name: 'Roma (RM)', exact: true }).click();
    const comune = page.getByRole('combobox', { name: /^Comune di residenza/ });
    await comune.fill('Roma');
    await page.getByRole('option', { name: 'Roma (RM)', exact: true }).click();
    expect(await page.getByRole('combobox', { name: /^Regione di residenza/ }).innerText()).toBe(
      'Lazio',
    );
    await screenshot(page, 'forms-04-siuss-places');
    const sent = page.waitForRequest((r) => r.postData()?.includes('updateSocialBenefit') ?? false);
    await edit.save().click();
    await sent;
    const saved = await eventually(
      () =>
        api<{ socialBenefit: { birthPlaceCode: string; residence: Record<string, string> } }>(
          'query($id: ID!) { socialBenefit(id: $id) { birthPlaceCode residence { regionCode municipalityCode countryCode } } }',
          { id },
          caseworkerToken,
        ),
      (d) => d.socialBenefit.birthPlaceCode === 'H501',
    );
    expect(saved.socialBenefit).toEqual({
      birthPlaceCode: 'H501',
      residence: { regionCode: '12', municipalityCode: '058091', countryCode: '380' },
    });
  });

  it('shows the REI parameter sets with Italian names and edits them in a typed form', async () => {
    const platformAdmin = await createTestUser(null, ['PLATFORM_ADMIN'], 'password-piattaforma');
    const { page, shell } = await signedIn(platformAdmin);
    await shell.open('Parametri REI');
    const sets = new ParameterSetPage(page);
    await sets.ready();
    expect(await sets.valueOf('REI-2018', 'Soglia ISEE').innerText()).toBe('€ 6.000,00');
    expect(await sets.valueOf('REI-2018', 'Coefficiente del massimale').innerText()).toBe('1,10');
    expect(await sets.valueOf('REI-2018', 'Ordine tra massimale e ISR').innerText()).toBe(
      'Prima si sottrae l’ISR, poi si applica il massimale',
    );
    expect(await sets.valueOf('REI-2018', 'Patrimonio mobiliare massimo').innerText()).toBe(
      '€ 6.000,00 · € 8.000,00 · € 10.000,00',
    );
    const shown = await sets.card('REI-2018').innerText();
    for (const raw of ['iseeMax', 'capOrder', 'AFTER_ISR', 'HALF_EVEN', '{'])
      expect(shown).not.toContain(raw);
    await screenshot(page, 'forms-05-parameter-sets');

    const before = await api<{ parameterSets: { code: string; values: unknown }[] }>(
      '{ parameterSets(measure: "REI") { code values } }',
    );
    await sets.edit('REI-2020').click();
    expect(await sets.input('Soglia ISEE').inputValue()).toBe('6.000,00');
    expect(await sets.select('Arrotondamento').innerText()).toBe(
      'Al centesimo, a metà verso il pari (arrotondamento bancario)',
    );
    // A figure out of range: said under its input, nothing sent.
    await sets.number('Durata \\(mesi\\)').fill('999');
    await sets.save().click();
    await page.getByText('Numero intero da 0 a 120').waitFor();
    await sets.number('Durata \\(mesi\\)').fill('18');
    await sets.input('Soglia ISEE').fill('6.000');
    // A date no 2020 application can reach (family requirements ended in 2018): changes nothing.
    await page.getByLabel(/^Requisiti familiari richiesti/).fill('2018-05-30');
    const sent = page.waitForRequest((r) => r.postData()?.includes('saveParameterSet') ?? false);
    await sets.save().click();
    const input = (await sent).postDataJSON().variables.input;
    // The typed form gives back the values the set had (amounts as decimal strings), but the date.
    const original = before.parameterSets.find((s) => s.code === 'REI-2020')!.values as Record<
      string,
      unknown
    >;
    expect(input.values).toEqual({ ...original, familyCompositionRequiredUntil: '2018-05-30' });
    await sets.edit('REI-2020').waitFor();
    expect(
      await sets
        .valueOf('REI-2020', 'Requisiti familiari richiesti per le domande fino al')
        .innerText(),
    ).toBe('30/05/2018');
    await api(
      'mutation($input: ParameterSetInput!) { saveParameterSet(input: $input) { id } }',
      {
        input: {
          code: 'REI-2020',
          measure: 'REI',
          validFrom: input.validFrom,
          validTo: input.validTo,
          values: original,
        },
      },
      await issueToken({ tenantId: null, roles: ['PLATFORM_ADMIN'], name: 'p' }),
    );
  });

  it('labels every bar of the cruscotto, fills empty months and opens the list a bar counts', async () => {
    await api('mutation($input: IndicatorInput!) { saveIndicator(input: $input) { id } }', {
      input: {
        key: 'soggetti_per_sesso',
        label: 'Soggetti per sesso',
        entity: 'SUBJECT',
        aggregate: 'COUNT',
        groupBy: 'sex',
      },
    });
    await api('mutation($input: IndicatorInput!) { saveIndicator(input: $input) { id } }', {
      input: {
        key: 'soggetti_inseriti',
        label: 'Soggetti inseriti per mese',
        entity: 'SUBJECT',
        aggregate: 'COUNT',
        groupBy: 'createdAt:month',
        period: { field: 'createdAt', lastMonths: 6 },
      },
    });
    const { page } = await signedIn(caseworker);
    const dashboard = new DashboardPage(page);
    await dashboard.welcome().waitFor();
    const bySex = dashboard.indicator('Soggetti per sesso');
    await bySex.locator('.recharts-bar-rectangle').first().waitFor();
    await bySex
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .first()
      .waitFor();
    await bySex.locator('.recharts-label-list').first().waitFor();
    // Every bar carries its figure, under a name (not a code).
    const texts = (selector: string) =>
      bySex.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    const labels = await texts('.recharts-label-list text');
    const ticks = await texts('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    expect([...ticks].sort()).toEqual(['Femmina', 'Maschio']);
    expect(labels).toHaveLength(ticks.length);
    expect(labels[ticks.indexOf('Femmina')]).toBe('1');
    // Months with nothing are there, at zero: six of them.
    const byMonth = dashboard.indicator('Soggetti inseriti per mese');
    await byMonth.getByText('Mostra i valori in tabella').click();
    const rows = await byMonth.getByRole('row').allInnerTexts();
    expect(rows).toHaveLength(1 + 6);
    expect(rows.filter((r) => /\t0$/.test(r)).length).toBeGreaterThanOrEqual(5);
    // The tooltip speaks Italian.
    await bySex.locator('.recharts-bar-rectangle').first().hover();
    const tooltip = bySex.locator('.recharts-tooltip-wrapper');
    await tooltip.filter({ hasText: 'Valore' }).waitFor();
    expect(await tooltip.innerText()).not.toContain('value');
    await screenshot(page, 'forms-06-dashboard');
    // A click on a bar: the list of what it counts.
    await bySex.locator('.recharts-bar-rectangle').nth(ticks.indexOf('Femmina')).click();
    await page.waitForURL(/\/admin\/subjects\?/);
    expect(JSON.parse(new URL(page.url()).searchParams.get('filter')!)).toEqual({ sex: 'F' });
    await page.getByRole('row').filter({ hasText: 'BNCNNA75E50F205H' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'VRDLCU90T01H501V' }).count()).toBe(0);
    expect(annaId).toBeTruthy();
  });
});
