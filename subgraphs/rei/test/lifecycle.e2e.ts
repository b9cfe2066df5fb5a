import { todayInItaly } from '@sisa/italia';
import {
  createTestTenant,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { applicationIn, type App } from './support/flows';
import { CLEAN_DECLARATIONS as CLEAN } from './support/world';
import { OPS } from './support/operations';

describe('REI lifecycle through the gateway', () => {
  let platform: TestPlatform;
  let url: string;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei']);
    url = platform.graphqlUrl;
    token = await userToken((await createTestTenant('Comune REI ciclo')).id, ['CASEWORKER']);
  }, 60_000);
  afterAll(() => platform?.close());

  const get = async (id: string) =>
    (await graphqlOk<{ reiApplication: App }>(url, OPS.get, { id }, token)).reiApplication;

  it('keeps a check that cannot be verified in DRAFT and refuses to send it, until a caseworker records it', async () => {
    const { application } = await applicationIn(url, token, {
      declarations: { recentVehicle: false, boats: false, unemploymentBenefits: false },
      until: 'CHECKS_PASSED',
    });
    expect(application.status).toBe('DRAFT');
    expect(application.checks.find((c: App) => c.code === 'RESIDENCE')).toMatchObject({
      outcome: 'NOT_VERIFIABLE',
      automatic: false,
    });
    expect(application.sendable).toBe(false);

    const refused = await graphql(url, OPS.send, { ids: [application.id] }, token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'ids.0',
        message: `${application.protocolNumber}: Una domanda «In compilazione» non può diventare «Inviata all’INPS»: in questo stato l’operazione non è ammessa`,
      },
    ]);
    expect((await get(application.id)).status).toBe('DRAFT');

    const noNote = await graphql(
      url,
      OPS.recordCheck,
      { id: application.id, c: 'RESIDENCE', o: 'PASSED', n: ' ' },
      token,
    );
    expect(noNote.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: 'note', message: 'Indicare come è stato verificato il requisito' },
    ]);

    const { recordCheck } = await graphqlOk<{ recordCheck: App }>(
      url,
      OPS.recordCheck,
      { id: application.id, c: 'RESIDENCE', o: 'PASSED', n: 'Certificato storico di residenza' },
      token,
    );
    expect(recordCheck.status).toBe('CHECKS_PASSED');
    expect(recordCheck.checks.find((c: App) => c.code === 'RESIDENCE')).toMatchObject({
      outcome: 'PASSED',
      automatic: false,
      checkedBy: 'test.user',
      note: 'Certificato storico di residenza',
    });

    // Running the checks again keeps what the caseworker recorded.
    const { runMunicipalChecks } = await graphqlOk<{ runMunicipalChecks: App }>(
      url,
      OPS.runChecks,
      { id: application.id },
      token,
    );
    expect(runMunicipalChecks.status).toBe('CHECKS_PASSED');
    expect(runMunicipalChecks.checks.find((c: App) => c.code === 'RESIDENCE').checkedBy).toBe(
      'test.user',
    );
  });

  it('fails the checks when a requirement is not met', async () => {
    const { application } = await applicationIn(url, token, {
      isee: { isee: '7200.00' },
      until: 'CHECKS_PASSED',
    });
    expect(application.status).toBe('CHECKS_FAILED');
    expect(application.checks.find((c: App) => c.code === 'ISEE')).toMatchObject({
      outcome: 'FAILED',
      detail: expect.stringMatching(/^ISEE 7\.200,00 € > 6\.000,00 €/),
    });
  });

  it('sends to INPS with an export file the same tenant can download, and records the outcome', async () => {
    const { application: first } = await applicationIn(url, token, { until: 'CHECKS_PASSED' });
    const { application: second } = await applicationIn(url, token, {
      until: 'CHECKS_PASSED',
      submittedAt: '2018-01-09',
    });
    const { sendToInps } = await graphqlOk<{ sendToInps: App }>(
      url,
      OPS.send,
      { ids: [first.id, second.id] },
      token,
    );
    expect(sendToInps).toMatchObject({
      applicationCount: 2,
      createdBy: 'test.user',
      url: `/files/rei/exports/${sendToInps.id}`,
    });
    expect(sendToInps.applications.map((a: App) => [a.id, a.status])).toEqual([
      [second.id, 'SENT_TO_INPS'],
      [first.id, 'SENT_TO_INPS'],
    ]);

    const download = await fetch(`${platform.gatewayUrl}${sendToInps.url}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(200);
    const csv = await download.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'protocollo;data_presentazione;codice_fiscale_richiedente;cognome_nome_richiedente;punto_accesso;componenti_nucleo;protocollo_dsu;data_dsu;isee;isr;regole;importo_mensile_stimato;primo_mese;ultimo_mese',
    );
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual([
      second.protocolNumber,
      first.protocolNumber,
    ]);
    expect(lines[2]).toContain(';232.50;2018-02;2019-07');
    expect(Buffer.byteLength(csv)).toBe(sendToInps.sizeBytes);

    const sent = await get(first.id);
    expect(sent).toMatchObject({ status: 'SENT_TO_INPS', sentToInpsOn: todayInItaly() });
    expect(sent.deadlines.sendToInps.state).toBe('MET_LATE');

    const early = await graphql(
      url,
      OPS.outcome,
      { id: first.id, i: { outcome: 'ACCEPTED', decidedOn: '2018-01-01' } },
      token,
    );
    expect(early.errors![0]!.extensions!.fieldErrors![0]!.field).toBe('input.decidedOn');
    const { recordInpsOutcome } = await graphqlOk<{ recordInpsOutcome: App }>(
      url,
      OPS.outcome,
      {
        id: first.id,
        i: { outcome: 'ACCEPTED', decidedOn: todayInItaly(), reference: 'INPS-123' },
      },
      token,
    );
    expect(recordInpsOutcome).toMatchObject({
      status: 'ACCEPTED',
      inpsOutcomeOn: todayInItaly(),
      manualTransitions: ['SUSPENDED', 'REVOKED', 'ENDED'],
    });
    expect(recordInpsOutcome.events.map((e: App) => e.to)).toEqual([
      'DRAFT',
      'CHECKS_PASSED',
      'SENT_TO_INPS',
      'ACCEPTED',
    ]);
  });

  it('refuses an illegal transition with BAD_USER_INPUT and changes nothing', async () => {
    const { application } = await applicationIn(url, token, { until: 'ACCEPTED' });
    const illegal = await graphql(
      url,
      OPS.transition,
      { id: application.id, to: 'CHECKS_PASSED', n: 'prova' },
      token,
    );
    expect(errorCode(illegal)).toBe('BAD_USER_INPUT');
    expect(illegal.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'to',
        message:
          'Una domanda «Accolta» non può diventare «Controlli superati»: con questa operazione può diventare solo «Sospesa», «Revocata (decadenza)», «Conclusa»',
      },
    ]);
    const noNote = await graphql(
      url,
      OPS.transition,
      { id: application.id, to: 'SUSPENDED' },
      token,
    );
    expect(noNote.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: 'note', message: 'Indicare una nota che motivi il cambio di stato' },
    ]);
    const unchanged = await get(application.id);
    expect(unchanged).toMatchObject({ status: 'ACCEPTED', version: application.version });
    expect(unchanged.events).toHaveLength(application.events.length);

    const { transitionReiApplication: suspended } = await graphqlOk<{
      transitionReiApplication: App;
    }>(url, OPS.transition, { id: application.id, to: 'SUSPENDED', n: 'ISEE scaduto' }, token);
    expect(suspended.status).toBe('SUSPENDED');
    expect(suspended.events.at(-1)).toMatchObject({
      action: 'transitionReiApplication',
      from: 'ACCEPTED',
      to: 'SUSPENDED',
      note: 'ISEE scaduto',
      by: 'test.user',
    });
    const { transitionReiApplication: revoked } = await graphqlOk<{
      transitionReiApplication: App;
    }>(url, OPS.transition, { id: application.id, to: 'REVOKED', n: 'Terza assenza' }, token);
    expect(revoked).toMatchObject({
      status: 'REVOKED',
      endedOn: todayInItaly(),
      manualTransitions: [],
    });
  });

  it('answers CONFLICT on a stale version and keeps the data', async () => {
    const { application } = await applicationIn(url, token, { until: 'ACCEPTED' });
    const stale = await graphql(
      url,
      OPS.transition,
      { id: application.id, to: 'SUSPENDED', n: 'x', v: application.version - 1 },
      token,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await get(application.id)).status).toBe('ACCEPTED');
  });

  it('sends a checked application back to DRAFT when its data change, and freezes it once sent', async () => {
    const { application, family } = await applicationIn(url, token, { until: 'CHECKS_PASSED' });
    const input = {
      applicantId: family.subjectIds[0],
      householdId: family.householdId,
      submittedAt: '2018-01-10',
      declarations: {
        residentInItalySince: '2000-01-01',
        recentVehicle: false,
        boats: true,
        unemploymentBenefits: false,
      },
    };
    const { updateReiApplication: edited } = await graphqlOk<{ updateReiApplication: App }>(
      url,
      OPS.update,
      { id: application.id, i: input, v: application.version },
      token,
    );
    expect(edited.status).toBe('DRAFT');
    expect(edited.benefit).toBeNull();
    expect(edited.events.at(-1)).toMatchObject({
      from: 'CHECKS_PASSED',
      to: 'DRAFT',
      note: 'Dati modificati: i controlli vanno ripetuti',
    });
    const { runMunicipalChecks } = await graphqlOk<{ runMunicipalChecks: App }>(
      url,
      OPS.runChecks,
      { id: application.id },
      token,
    );
    expect(runMunicipalChecks.status).toBe('CHECKS_FAILED');

    const { application: sent, family: other } = await applicationIn(url, token, {
      until: 'SENT_TO_INPS',
    });
    const frozen = await graphql(
      url,
      OPS.update,
      {
        id: sent.id,
        i: {
          applicantId: other.subjectIds[0],
          householdId: other.householdId,
          submittedAt: '2018-01-11',
        },
        v: sent.version,
      },
      token,
    );
    expect(frozen.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'input',
        message:
          'La domanda è già stata inviata all’INPS: si possono modificare solo i campi personalizzati',
      },
    ]);
  });

  it('renews an ended benefit for 12 months, six months after its last payment', async () => {
    const { application, family } = await applicationIn(url, token, { until: 'ACCEPTED' });
    await graphqlOk(
      url,
      OPS.transition,
      { id: application.id, to: 'ENDED', n: 'Fine del periodo' },
      token,
    );
    const input = (submittedAt: string, renewalOfId: string) => ({
      i: {
        applicantId: family.subjectIds[0],
        householdId: family.householdId,
        submittedAt,
        renewalOfId,
        declarations: CLEAN,
      },
    });
    const early = await graphql(url, OPS.create, input('2019-12-31', application.id), token);
    expect(early.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'input.renewalOfId',
        message:
          'Il rinnovo si può chiedere dal 01/01/2020, 6 mesi dopo l’ultimo mese pagato (luglio 2019)',
      },
    ]);
    const { createReiApplication: renewal } = await graphqlOk<{ createReiApplication: App }>(
      url,
      OPS.create,
      input('2020-01-15', application.id),
      token,
    );
    expect(renewal).toMatchObject({
      renewalNumber: 1,
      firstMonth: '2020-02',
      lastMonth: '2021-01',
      protocolNumber: expect.stringMatching(/^REI\/2020\//),
    });
  });

  it('refuses a second open application for the same household and explains bad input in Italian', async () => {
    const { application, family } = await applicationIn(url, token);
    const second = await graphql(
      url,
      OPS.create,
      {
        i: {
          applicantId: family.subjectIds[0],
          householdId: family.householdId,
          submittedAt: '2018-02-01',
        },
      },
      token,
    );
    expect(second.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'input.householdId',
        message: `Il nucleo ha già una domanda REI in corso (${application.protocolNumber})`,
      },
    ]);
    const bad = await graphql(
      url,
      OPS.create,
      {
        i: {
          applicantId: family.subjectIds[0],
          householdId: family.householdId,
          submittedAt: '2099-01-01',
          accessPoint: 'NESSUNO',
        },
      },
      token,
    );
    const fields = bad.errors![0]!.extensions!.fieldErrors!.map((e: App) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['input.submittedAt', 'input.accessPoint']));
    const outsider = await graphql(
      url,
      OPS.create,
      {
        i: {
          applicantId: '00000000-0000-4000-8000-000000000000',
          householdId: family.householdId,
          submittedAt: '2018-06-10',
        },
      },
      token,
    );
    expect(outsider.errors![0]!.extensions!.fieldErrors).toContainEqual({
      field: 'input.applicantId',
      message: 'Il richiedente non fa parte del nucleo alla data di presentazione',
    });
  });
});
