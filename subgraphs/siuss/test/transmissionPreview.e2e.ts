import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import type { SiussServices } from '../src/context';
import { apiAs, benefitInput, OPS, type Api } from './siussApi';

const PREVIEW = `query P($i: TransmissionPreviewInput!) { transmissionPreview(input: $i) {
  flow benefitCount cancellationCount correctionCount recordCount fileCount fingerprint
  groups { serviceCode serviceName year records } excludedCount excludedReasons { field message count } } }`;
const OPERATOR = 'BNCMRC75C10F205O';

interface Preview {
  flow: string;
  benefitCount: number;
  cancellationCount: number;
  correctionCount: number;
  recordCount: number;
  fileCount: number;
  fingerprint: string;
  groups: { serviceCode: string; serviceName: string; year: number | null; records: number }[];
  excludedCount: number;
  excludedReasons: { field: string; message: string; count: number }[];
}

describe('a transmission is previewed before it is made', () => {
  let platform: TestPlatform;
  let api: Api;
  let readOnly: Api;
  let tenantId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    const tenant = await createTestTenant('Comune anteprima SIUSS');
    tenantId = tenant.id;
    api = apiAs(platform.graphqlUrl, await userToken(tenant.id));
    readOnly = apiAs(platform.graphqlUrl, await userToken(tenant.id, ['VIEWER']));
  }, 60_000);
  afterAll(() => platform?.close());

  const preview = async (i: Record<string, unknown> = {}) =>
    (await api.ok<{ transmissionPreview: Preview }>(PREVIEW, { i })).transmissionPreview;

  it('counts by service and year, leaves out what has issues and says why, then sends exactly that', async () => {
    // Periodic June 2018 – March 2019: one element per year; one-off paid in 2018; one INVALID.
    await api.ok(OPS.create, { i: benefitInput() });
    await api.ok(OPS.create, {
      i: benefitInput({
        serviceCode: 'A1.05',
        character: 'OCCASIONAL',
        startDate: null,
        endDate: null,
        monthlyAmount: null,
        paymentDate: '2018-09-10',
        amount: '300.00',
      }),
    });
    await api.ok(OPS.create, { i: benefitInput({ userArea: null }) });

    const first = await preview({ recordsPerFile: 2 });
    expect(first).toMatchObject({
      flow: 'PS_PSA_SINA',
      benefitCount: 2,
      cancellationCount: 0,
      correctionCount: 0,
      recordCount: 3,
      fileCount: 2,
      excludedCount: 1,
    });
    expect(first.groups).toEqual([
      expect.objectContaining({ serviceCode: 'A1.04', year: 2018, records: 1 }),
      expect.objectContaining({ serviceCode: 'A1.04', year: 2019, records: 1 }),
      expect.objectContaining({ serviceCode: 'A1.05', year: 2018, records: 1 }),
    ]);
    expect(first.excludedReasons).toEqual([
      expect.objectContaining({ field: 'userArea', count: 1 }),
    ]);
    // Nothing was written by the preview.
    expect(
      (await api.ok<{ transmissions: { total: number } }>(OPS.transmissions)).transmissions.total,
    ).toBe(0);
    expect((await preview({ recordsPerFile: 2 })).fingerprint).toBe(first.fingerprint);

    // A record changed after the preview: the confirmed transmission does not start.
    await api.ok(OPS.create, { i: benefitInput({ serviceCode: 'A1.06' }) });
    const stale = await api.call(OPS.transmit, {
      i: { recordsPerFile: 2, operatorFiscalCode: OPERATOR, confirm: first.fingerprint },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/cambiate dopo l’anteprima/);
    expect(
      (await api.ok<{ transmissions: { total: number } }>(OPS.transmissions)).transmissions.total,
    ).toBe(0);

    // Confirmed from a fresh preview: it writes what the preview said.
    const second = await preview({ recordsPerFile: 2 });
    expect(second).toMatchObject({ benefitCount: 3, recordCount: 5, fileCount: 3 });
    const { createTransmission: sent } = await api.ok<{
      createTransmission: { benefitCount: number; recordCount: number; files: unknown[] };
    }>(OPS.transmit, {
      i: { recordsPerFile: 2, operatorFiscalCode: OPERATOR, confirm: second.fingerprint },
    });
    expect(sent).toMatchObject({ benefitCount: 3, recordCount: 5 });
    expect(sent.files).toHaveLength(3);

    const after = await preview();
    expect(after).toMatchObject({
      benefitCount: 0,
      recordCount: 0,
      fileCount: 0,
      excludedCount: 1,
    });
  });

  it('counts a correction of a record sent as C and I', async () => {
    const tenant = await createTestTenant('Comune correzioni SIUSS');
    const own = apiAs(platform.graphqlUrl, await userToken(tenant.id));
    const { createSocialBenefit: b } = await own.ok<{
      createSocialBenefit: { id: string; version: number };
    }>(OPS.create, { i: benefitInput({ startDate: '2018-06-01', endDate: '2018-12-31' }) });
    await own.ok(OPS.transmit, { i: { operatorFiscalCode: OPERATOR } });
    await own.ok(OPS.update, {
      id: b.id,
      v: b.version,
      i: benefitInput({ startDate: '2018-06-01', endDate: '2018-12-31', monthlyAmount: '260.00' }),
    });
    const { transmissionPreview: p } = await own.ok<{ transmissionPreview: Preview }>(PREVIEW, {
      i: {},
    });
    expect(p).toMatchObject({ benefitCount: 1, correctionCount: 1, recordCount: 2, fileCount: 1 });
  });

  it('is for those who may send, with the same limits as the transmission', async () => {
    expect(errorCode(await readOnly.call(PREVIEW, { i: {} }))).toBe('FORBIDDEN');
    const bad = await api.call(PREVIEW, { i: { recordsPerFile: 0 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('runs one preview at a time per comune: a second one is told to wait, with nothing read', async () => {
    // The comune's first preview still running (its slot held, as a long read would hold it).
    const services = platform.subgraphs.siuss!.services as SiussServices;
    const slot = services.previewSlots.take(tenantId);
    if (!('release' in slot)) throw new Error('no slot free at the start');
    try {
      const refused = await api.call(PREVIEW, { i: {} });
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]).toMatchObject({
        message:
          'È già in corso un’anteprima dell’invio per questo ente: riprovare quando sarà terminata',
        extensions: { retryAfterSeconds: 30 },
      });
      expect(refused.data?.transmissionPreview ?? null).toBeNull();
      // Another comune previews meanwhile.
      const other = await createTestTenant('Comune anteprima SIUSS bis');
      const otherApi = apiAs(platform.graphqlUrl, await userToken(other.id));
      expect(
        (await otherApi.ok<{ transmissionPreview: Preview }>(PREVIEW, { i: {} }))
          .transmissionPreview.flow,
      ).toBe('PS_PSA_SINA');
    } finally {
      slot.release();
    }
    expect((await preview()).flow).toBe('PS_PSA_SINA');
  });
});
