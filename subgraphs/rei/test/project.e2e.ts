import { todayInItaly } from '@sisa/italia';
import {
  createTestTenant,
  errorCode,
  graphql,
  graphqlOk,
  openTestCase,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { applicationIn, type App } from './support/flows';
import { OPS } from './support/operations';

const PROJECT_FIELDS = `id version assignedTo openedAt preliminaryAssessmentOn inDepthAssessmentNeeded signedAt missedAppointments customFields
  application { id status }
  problems { code label scope subjectId note } resources { code label scope }
  team { name role organisation } goals { area description expectedResults }
  conditions { description who } teamActivities { description } networkCommitments { description who } actions { description from to }
  disbursementFrom disbursementTo resourcesInvolved { description }
  interventions { id code label economic siussServiceCode siussServiceName periodic amount monthlyAmount startDate endDate paymentDate beneficiaryId beneficiary { id } updatedAt }
  breaches { date kind justified } sanctions { totalReduction decadenza items { date effect reduction description } }
  communications { kind on subject recordedBy }`;
const SAVE = `mutation S($a: ID!, $i: ReiProjectInput!, $v: Int) { saveReiProject(applicationId: $a, input: $i, expectedVersion: $v) { ${PROJECT_FIELDS} } }`;
const SIGN = `mutation S($a: ID!, $d: Date!) { signReiProject(applicationId: $a, signedAt: $d) { id signedAt } }`;
const LOG = `mutation L($a: ID!, $i: ReiCommunicationInput!) { logReiCommunication(applicationId: $a, input: $i) { version communications { kind on subject text recordedBy } } }`;
const GRANTED = `query G($from: Date!, $to: Date!, $since: DateTime) { reiGrantedInterventions(from: $from, to: $to, changedSince: $since) {
  id applicationId protocolNumber applicationStatus projectSignedAt beneficiaryId beneficiaryFiscalCode interventionCode serviceCode serviceName
  periodic amount monthlyAmount months startDate endDate paymentDate dsuProtocol dsuYear dsuDate removed updatedAt } }`;

describe('REI personalised project', () => {
  let platform: TestPlatform;
  let url: string;
  let token: string;
  let adminToken: string;
  let tenantId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei', 'casework']);
    url = platform.graphqlUrl;
    const tenant = await createTestTenant('Comune progetti');
    tenantId = tenant.id;
    token = await userToken(tenant.id, ['CASEWORKER']);
    adminToken = await userToken(tenant.id, ['TENANT_ADMIN']);
  }, 60_000);
  afterAll(() => platform?.close());

  function projectInput(applicantId: string | undefined, childId: string | undefined) {
    return {
      assignedTo: 'Marco Bianchi',
      openedAt: '2018-01-20',
      problems: [
        { code: 'LAV_DISOCCUPAZIONE', scope: 'INDIVIDUAL', subjectId: applicantId },
        { code: 'CASA_INADEGUATA', scope: 'HOUSEHOLD' },
      ],
      resources: [{ code: 'REL_FAMIGLIA', scope: 'ENVIRONMENT' }],
      team: [
        { name: 'Paola Colombo', role: 'Assistente sociale', organisation: 'Comune' },
        { name: 'Luca Ricci', role: 'Operatore', organisation: 'Centro per l’impiego' },
      ],
      preliminaryAssessmentOn: '2018-02-02',
      inDepthAssessmentNeeded: true,
      inDepthAssessmentOn: '2018-02-20',
      goals: [
        {
          area: 'WORK_INCLUSION',
          description: 'Trovare lavoro',
          expectedResults: ['Iscrizione al CPI', 'Due colloqui al mese'],
        },
      ],
      conditions: [{ description: 'Frequenza scolastica regolare', subjectId: childId }],
      teamActivities: [{ description: 'Colloqui mensili', who: 'Assistente sociale' }],
      networkCommitments: [{ description: 'Doposcuola', who: 'Parrocchia' }],
      actions: [{ description: 'Corso di formazione', from: '2018-03-01', to: '2018-06-30' }],
      disbursementFrom: '2018-02-01',
      disbursementTo: '2019-07-31',
      resourcesInvolved: [{ description: 'Fondo povertà' }],
      interventions: [
        {
          code: 'CONTRIBUTO_ECONOMICO',
          economic: true,
          siussServiceCode: 'A1.04',
          periodic: true,
          amount: '600.00',
          monthlyAmount: '100.00',
          startDate: '2018-03-01',
          endDate: '2018-08-31',
        },
        { code: 'SOSTEGNO_SCOLASTICO', beneficiaryId: childId },
        {
          code: 'CONTRIBUTO_ECONOMICO',
          economic: true,
          siussServiceCode: 'A1.05',
          amount: '250.00',
          paymentDate: '2018-04-15',
        },
      ],
      breaches: [
        { date: '2018-04-10' },
        { date: '2018-05-10', justified: true },
        { date: '2018-06-10' },
      ],
    };
  }

  it('saves the whole project with labels, interventions and the sanctions of missed appointments', async () => {
    const { application, family } = await applicationIn(url, token, { until: 'ACCEPTED' });
    const { saveReiProject: project } = await graphqlOk<{ saveReiProject: App }>(
      url,
      SAVE,
      { a: application.id, i: projectInput(family.subjectIds[0], family.subjectIds[2]) },
      token,
    );
    expect(project).toMatchObject({
      assignedTo: 'Marco Bianchi',
      missedAppointments: 2,
      application: { id: application.id, status: 'ACCEPTED' },
      version: 1,
    });
    expect(project.problems[0]).toMatchObject({
      code: 'LAV_DISOCCUPAZIONE',
      label: 'Lavoro: disoccupazione di lunga durata',
      scope: 'INDIVIDUAL',
    });
    expect(
      project.interventions.map((i: App) => [
        i.code,
        i.economic,
        i.siussServiceName,
        i.beneficiaryId,
      ]),
    ).toEqual([
      [
        'CONTRIBUTO_ECONOMICO',
        true,
        'Contributi economici a integrazione del reddito familiare',
        family.subjectIds[0],
      ],
      ['SOSTEGNO_SCOLASTICO', false, null, family.subjectIds[2]],
      ['CONTRIBUTO_ECONOMICO', true, 'Contributi economici per alloggio', family.subjectIds[0]],
    ]);
    // 232.50 a month: 1st unjustified absence −58.12 (¼ = 58.125, HALF_EVEN), 2nd −232.50.
    expect(project.sanctions).toMatchObject({ totalReduction: '290.62', decadenza: false });
    expect(project.sanctions.items.map((s: App) => s.effect)).toEqual([
      'QUARTER_MONTH',
      'NONE',
      'ONE_MONTH',
    ]);

    const app = (
      await graphqlOk<{ reiApplication: App }>(url, OPS.get, { id: application.id }, token)
    ).reiApplication;
    expect(app.deadlines.preliminaryAssessment).toMatchObject({
      dueDate: '2018-02-04',
      state: 'MET',
    });
    expect(app.deadlines.projectSignature).toMatchObject({
      dueDate: '2018-03-02',
      state: 'OVERDUE',
    });
    expect(app.events.at(-1)).toMatchObject({
      action: 'saveReiProject',
      note: 'Progetto salvato; analisi preliminare del 02/02/2018',
    });
  });

  it('validates the project in Italian, field by field', async () => {
    const { application, family } = await applicationIn(url, token, { until: 'ACCEPTED' });
    const bad = await graphql(
      url,
      SAVE,
      {
        a: application.id,
        i: {
          problems: [{ code: 'NON_ESISTE', scope: 'INDIVIDUAL' }],
          preliminaryAssessmentOn: '2017-01-01',
          interventions: [
            { code: 'CONTRIBUTO_ECONOMICO', economic: true, periodic: true, amount: '-1' },
            {
              code: 'TIROCINIO',
              amount: '10.00',
              beneficiaryId: '00000000-0000-4000-8000-000000000000',
            },
          ],
          breaches: [{ date: '2099-01-01' }],
        },
      },
      token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'input.problems.0.code', message: 'Codice non presente nell’elenco' },
        { field: 'input.problems.0.subjectId', message: 'Indicare il componente interessato' },
        {
          field: 'input.preliminaryAssessmentOn',
          message: 'L’analisi preliminare non può precedere la domanda',
        },
        {
          field: 'input.interventions.0.amount',
          message: 'Importo positivo con al massimo due decimali',
        },
        {
          field: 'input.interventions.0.siussServiceCode',
          message: 'Indicare il codice della prestazione SIUSS',
        },
        {
          field: 'input.interventions.0.startDate',
          message: 'Indicare l’inizio della prestazione periodica',
        },
        { field: 'input.interventions.1.beneficiaryId', message: 'Non è un componente del nucleo' },
        {
          field: 'input.interventions.1.economic',
          message: 'Codice SIUSS e importi solo per gli interventi economici',
        },
        { field: 'input.breaches.0.date', message: 'La data non può essere futura' },
      ]),
    );
    void family;
  });

  it('signs the project, logs communications and exposes the granted interventions to SIUSS', async () => {
    const { application, family } = await applicationIn(url, token, { until: 'ACCEPTED' });
    const input = projectInput(family.subjectIds[0], family.subjectIds[2]);
    const { saveReiProject: saved } = await graphqlOk<{ saveReiProject: App }>(
      url,
      SAVE,
      { a: application.id, i: input },
      token,
    );
    const none = await graphqlOk<{ reiGrantedInterventions: App[] }>(
      url,
      GRANTED,
      { from: '2018-01-01', to: '2018-12-31' },
      token,
    );
    expect(none.reiGrantedInterventions.filter((g) => g.applicationId === application.id)).toEqual(
      [],
    );

    const early = await graphql(url, SIGN, { a: application.id, d: '2018-02-01' }, token);
    expect(early.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'signedAt',
        message: 'La sottoscrizione non può precedere l’analisi preliminare (02/02/2018)',
      },
    ]);
    const noCase = await graphql(url, SIGN, { a: application.id, d: '2018-02-22' }, token);
    expect(errorCode(noCase)).toBe('BAD_USER_INPUT');
    expect(noCase.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'applicationId',
        message:
          'Per sottoscrivere il progetto serve una cartella sociale aperta del richiedente o del suo nucleo: aprirla prima in «Cartelle sociali»',
      },
    ]);
    // The nucleo's case counts too: here it is the child's, the applicant has none.
    const socialCase = await openTestCase(url, tenantId, family.subjectIds[2]!, family.householdId);
    const { signReiProject } = await graphqlOk<{ signReiProject: App }>(
      url,
      `mutation S($a: ID!, $d: Date!) { signReiProject(applicationId: $a, signedAt: $d) { signedAt socialCase { id number } } }`,
      { a: application.id, d: '2018-02-22' },
      token,
    );
    expect(signReiProject).toEqual({
      signedAt: '2018-02-22',
      socialCase: { id: socialCase.id, number: socialCase.number },
    });
    const { socialCase: onCase } = await graphqlOk<{ socialCase: App }>(
      url,
      `query C($id: ID!) { socialCase(id: $id) { number reiApplications { id status project { signedAt } } } }`,
      { id: socialCase.id },
      token,
    );
    expect(onCase.reiApplications).toEqual([
      { id: application.id, status: 'ACCEPTED', project: { signedAt: '2018-02-22' } },
    ]);
    const signed = (
      await graphqlOk<{ reiApplication: App }>(url, OPS.get, { id: application.id }, token)
    ).reiApplication;
    expect(signed.deadlines.projectSignature).toMatchObject({
      dueDate: '2018-03-02',
      state: 'MET',
    });

    const { logReiCommunication } = await graphqlOk<{ logReiCommunication: App }>(
      url,
      LOG,
      {
        a: application.id,
        i: {
          kind: 'REPORT',
          on: '2018-05-02',
          subject: 'Relazione trimestrale',
          text: 'Percorso regolare',
        },
      },
      token,
    );
    expect(logReiCommunication.version).toBe(saved.version + 2);
    expect(logReiCommunication.communications).toEqual([
      {
        kind: 'REPORT',
        on: '2018-05-02',
        subject: 'Relazione trimestrale',
        text: 'Percorso regolare',
        recordedBy: 'test.user',
      },
    ]);

    const { reiGrantedInterventions } = await graphqlOk<{ reiGrantedInterventions: App[] }>(
      url,
      GRANTED,
      { from: '2018-01-01', to: '2018-12-31' },
      token,
    );
    const mine = reiGrantedInterventions.filter((g) => g.applicationId === application.id);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      id: saved.interventions[0].id,
      protocolNumber: application.protocolNumber,
      applicationStatus: 'ACCEPTED',
      projectSignedAt: '2018-02-22',
      beneficiaryId: family.subjectIds[0],
      beneficiaryFiscalCode: family.fiscalCodes[0],
      interventionCode: 'CONTRIBUTO_ECONOMICO',
      serviceCode: 'A1.04',
      serviceName: 'Contributi economici a integrazione del reddito familiare',
      periodic: true,
      amount: '600.00',
      monthlyAmount: '100.00',
      months: 6,
      startDate: '2018-03-01',
      endDate: '2018-08-31',
      dsuDate: '2018-01-05',
      dsuYear: 2018,
      removed: false,
    });
    expect(mine[0]!.dsuProtocol).toMatch(/^INPS-ISEE-2018-/);
    expect(mine[1]).toMatchObject({
      serviceCode: 'A1.05',
      periodic: false,
      paymentDate: '2018-04-15',
      months: null,
    });
    const outside = await graphqlOk<{ reiGrantedInterventions: App[] }>(
      url,
      GRANTED,
      { from: '2018-09-01', to: '2018-12-31' },
      token,
    );
    expect(
      outside.reiGrantedInterventions.filter((g) => g.applicationId === application.id),
    ).toEqual([]);

    // A save keeps ids, moves updatedAt only for what changed, and marks what is dropped as removed.
    const before = new Date().toISOString();
    const [periodic, , oneOff] = saved.interventions;
    const changed = {
      ...input,
      interventions: [
        { ...input.interventions[0], id: periodic.id, monthlyAmount: '120.00', amount: '720.00' },
        { ...input.interventions[1], id: saved.interventions[1].id },
      ],
    };
    const { saveReiProject: resaved } = await graphqlOk<{ saveReiProject: App }>(
      url,
      SAVE,
      { a: application.id, i: changed, v: logReiCommunication.version },
      token,
    );
    expect(resaved.interventions.map((i: App) => i.id)).toEqual([
      periodic.id,
      saved.interventions[1].id,
    ]);
    expect(resaved.interventions[1].updatedAt).toBe(saved.interventions[1].updatedAt);
    const { reiGrantedInterventions: changes } = await graphqlOk<{
      reiGrantedInterventions: App[];
    }>(url, GRANTED, { from: '2018-01-01', to: '2018-12-31', since: before }, token);
    expect(
      changes
        .filter((g) => g.applicationId === application.id)
        .map((g) => [g.id, g.amount, g.removed]),
    ).toEqual([
      [periodic.id, '720.00', false],
      [oneOff.id, '250.00', true],
    ]);
    const stale = await graphql(
      url,
      SAVE,
      { a: application.id, i: changed, v: saved.version },
      token,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('validates and filters the tenant’s custom fields on applications', async () => {
    await graphqlOk(
      url,
      `mutation C($i: FieldDefinitionInput!) { createFieldDefinition(input: $i) { id } }`,
      {
        i: {
          entity: 'REI_APPLICATION',
          key: 'sportello',
          label: 'Sportello',
          type: 'TEXT',
          required: false,
        },
      },
      adminToken,
    );
    const { application, family } = await applicationIn(url, token, {
      extra: { customFields: { sportello: 'Nord' } },
    });
    expect(application.customFields).toEqual({ sportello: 'Nord' });
    const bad = await graphql(
      url,
      OPS.update,
      {
        id: application.id,
        i: {
          applicantId: family.subjectIds[0],
          householdId: family.householdId,
          submittedAt: '2018-01-10',
          customFields: { sportello: 12, ignoto: 'x' },
        },
        v: application.version,
      },
      token,
    );
    expect(bad.errors![0]!.extensions!.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'customFields.sportello', message: 'Deve essere un testo' },
        { field: 'customFields.ignoto', message: 'Campo non previsto' },
      ]),
    );
    const { reiApplications } = await graphqlOk<{ reiApplications: { items: App[] } }>(
      url,
      OPS.list,
      { f: { customFields: { sportello: 'Nord' } } },
      token,
    );
    expect(reiApplications.items.map((i) => i.id)).toEqual([application.id]);
    void todayInItaly;
  });
});
