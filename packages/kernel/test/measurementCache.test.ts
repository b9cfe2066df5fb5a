import { Client } from 'pg';
import { testDatabase } from '@sisa/testing';
import {
  createLogger,
  listenForTenantWrites,
  MeasurementCache,
  measurementCacheSeconds,
  noteTenantWrite,
  TENANT_WRITE_CHANNEL,
} from '../src';
import type { IndicatorMeasurementResult } from '../src';

const result = (value: number, error: string | null = null): IndicatorMeasurementResult => ({
  spec: 's',
  value,
  decimalValue: String(value),
  groups: [],
  computedAt: new Date(),
  error,
});

describe('MeasurementCache', () => {
  const key = {
    tenantId: 'cache-tenant-a',
    spec: '{"entity":"SUBJECT"}',
    configVersion: 1,
    today: '2026-11-26',
  };

  it('computes a figure once while it is fresh, and again after a write of the tenant', async () => {
    const cache = new MeasurementCache(60);
    let runs = 0;
    const compute = async () => result(++runs);
    expect((await cache.measure(key, compute)).value).toBe(1);
    expect((await cache.measure(key, compute)).value).toBe(1);
    noteTenantWrite('another-tenant');
    expect((await cache.measure(key, compute)).value).toBe(1);
    noteTenantWrite(key.tenantId);
    expect((await cache.measure(key, compute)).value).toBe(2);
  });

  it('keeps tenants, specs, configuration versions and days apart', async () => {
    const cache = new MeasurementCache(60);
    let runs = 0;
    const compute = async () => result(++runs);
    await cache.measure(key, compute);
    await cache.measure({ ...key, tenantId: 'cache-tenant-b' }, compute);
    await cache.measure({ ...key, spec: '{"entity":"HOUSEHOLD"}' }, compute);
    await cache.measure({ ...key, configVersion: 2 }, compute);
    await cache.measure({ ...key, today: '2026-11-27' }, compute);
    expect(runs).toBe(5);
  });

  it('shares one computation among requests that arrive while it runs', async () => {
    const cache = new MeasurementCache(60);
    let runs = 0;
    const compute = () =>
      new Promise<IndicatorMeasurementResult>((r) => setTimeout(() => r(result(++runs)), 5));
    const k = { ...key, tenantId: 'cache-tenant-c' };
    const answers = await Promise.all([cache.measure(k, compute), cache.measure(k, compute)]);
    expect(answers.map((a) => a.value)).toEqual([1, 1]);
  });

  it('keeps neither failures nor measurements that report an error', async () => {
    const cache = new MeasurementCache(60);
    const k = { ...key, tenantId: 'cache-tenant-d' };
    await expect(cache.measure(k, async () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    expect((await cache.measure(k, async () => result(0, 'campo sconosciuto'))).error).toBe(
      'campo sconosciuto',
    );
    await Promise.resolve();
    expect((await cache.measure(k, async () => result(7))).value).toBe(7);
  });

  it('computes every time when turned off', async () => {
    const cache = new MeasurementCache(0);
    let runs = 0;
    await cache.measure(key, async () => result(++runs));
    await cache.measure(key, async () => result(++runs));
    expect(runs).toBe(2);
  });

  it('reads its duration from SISA_INDICATOR_CACHE_SECONDS', () => {
    expect(measurementCacheSeconds({})).toBe(60);
    expect(measurementCacheSeconds({ SISA_INDICATOR_CACHE_SECONDS: '0' })).toBe(0);
    expect(measurementCacheSeconds({ SISA_INDICATOR_CACHE_SECONDS: '15' })).toBe(15);
    expect(measurementCacheSeconds({ SISA_INDICATOR_CACHE_SECONDS: 'x' })).toBe(60);
  });
});

describe('tenant writes announced by other processes (real PostgreSQL)', () => {
  it("drops a tenant's cached figure when another replica announces a write", async () => {
    const stop = await listenForTenantWrites(
      testDatabase().ownerUrl,
      createLogger('test', 'silent'),
    );
    // Another replica of the subgraph: its own connection, announcing as noteTenantWrite does.
    const other = new Client({ connectionString: testDatabase().ownerUrl });
    await other.connect();
    try {
      const cache = new MeasurementCache(60);
      const k = {
        tenantId: 'cache-tenant-replica',
        spec: '{"entity":"SUBJECT"}',
        configVersion: 1,
        today: '2026-11-26',
      };
      let runs = 0;
      const compute = async () => result(++runs);
      await cache.measure(k, compute);
      await other.query('select pg_notify($1, $2)', [TENANT_WRITE_CHANNEL, 'another-tenant']);
      await other.query('select pg_notify($1, $2)', [TENANT_WRITE_CHANNEL, k.tenantId]);
      const until = Date.now() + 5000;
      while ((await cache.measure(k, compute)).value === 1 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 20));
      expect(runs).toBe(2);
    } finally {
      await other.end();
      await stop();
    }
  });

  it('announces its own writes to the others', async () => {
    const stop = await listenForTenantWrites(
      testDatabase().ownerUrl,
      createLogger('test', 'silent'),
    );
    const other = new Client({ connectionString: testDatabase().ownerUrl });
    await other.connect();
    try {
      await other.query(`listen ${TENANT_WRITE_CHANNEL}`);
      const heard = new Promise<string | undefined>((resolve) =>
        other.once('notification', (m) => resolve(m.payload)),
      );
      noteTenantWrite('cache-tenant-announced');
      expect(await heard).toBe('cache-tenant-announced');
    } finally {
      await other.end();
      await stop();
    }
  });
});
