import type { EntityManager } from '@mikro-orm/postgresql';
import { platformSubgraphs, type SubgraphDescriptor } from '../subgraph/manifest';
import type { ConfigurableEntity, CustomFieldDefinition } from '../customFields/definitions';
import { compileIndicator, MAX_GROUPS, type IndicatorSqlCatalog } from './compile';
import { checkIndicatorSpec, type IndicatorSpec } from './spec';
import { indicatorFieldsOf } from './vocabulary';

/**
 * The federation key of a measurement: the config subgraph returns one per indicator, typed by
 * the domain that owns the entity (`RegistryMeasurement`, `ReiMeasurement`, `SiussMeasurement`),
 * and the gateway batches each domain's keys into one `_entities` call to that domain.
 */
export interface MeasurementKey {
  indicatorId: string;
  spec: IndicatorSpec;
}

export interface IndicatorGroupValue {
  key: string;
  value: number | null;
  /** The same value as an exact decimal string (amounts: `"1234.50"`). */
  decimalValue: string | null;
}

/** What an owning subgraph answers for one measurement key. */
export interface IndicatorMeasurementResult {
  spec: string;
  value: number | null;
  /** The same value as an exact decimal string (amounts: `"1234.50"`). */
  decimalValue: string | null;
  groups: IndicatorGroupValue[];
  computedAt: Date;
  /** Why the indicator cannot be computed now (e.g. a custom field it uses was removed). */
  error: string | null;
}

/**
 * The subgraph of the platform that computes an entity's indicators (its manifest's
 * `measurement.entities`), with the GraphQL type of its measurements; undefined while none does.
 */
export function measuringSubgraph(
  entity: ConfigurableEntity,
  env: NodeJS.ProcessEnv = process.env,
): (SubgraphDescriptor & { measurement: { type: string } }) | undefined {
  return platformSubgraphs(env).find((s) => s.measurement?.entities.includes(entity)) as
    (SubgraphDescriptor & { measurement: { type: string } }) | undefined;
}

export function encodeMeasurementKey(key: MeasurementKey): string {
  return JSON.stringify({ indicatorId: key.indicatorId, spec: key.spec });
}

export function decodeMeasurementKey(encoded: string): MeasurementKey | null {
  try {
    const parsed = JSON.parse(encoded) as MeasurementKey;
    if (typeof parsed?.indicatorId !== 'string' || typeof parsed.spec?.entity !== 'string')
      return null;
    return parsed;
  } catch {
    return null;
  }
}

/** A figure as PostgreSQL's numeric gives it (a decimal string): as a Float and exactly. */
function values(numeric: string | number | null): {
  value: number | null;
  decimalValue: string | null;
} {
  if (numeric === null || numeric === undefined) return { value: null, decimalValue: null };
  return { value: Number(numeric), decimalValue: String(numeric) };
}

/**
 * Computes one measurement in the caller's transaction (so within its tenant): decodes the key,
 * checks the spec again against today's fields, compiles it to parameterised SQL, runs it.
 */
export async function measureIndicator(
  em: EntityManager,
  encoded: string,
  catalogs: Partial<Record<ConfigurableEntity, IndicatorSqlCatalog>>,
  customFields: readonly CustomFieldDefinition[],
  today: string,
): Promise<IndicatorMeasurementResult> {
  const computedAt = new Date();
  const failed = (error: string): IndicatorMeasurementResult => ({
    spec: encoded,
    value: null,
    decimalValue: null,
    groups: [],
    computedAt,
    error,
  });
  const key = decodeMeasurementKey(encoded);
  if (!key) return failed('Indicatore non leggibile');
  const catalog = catalogs[key.spec.entity];
  if (!catalog) return failed('Questo servizio non calcola indicatori per questo tipo di dato');
  const fields = indicatorFieldsOf(key.spec.entity, customFields);
  const problems = checkIndicatorSpec(key.spec, fields, '');
  if (problems.length) return failed(problems.map((p) => p.message).join('; '));
  const compiled = compileIndicator(key.spec, catalog, fields, today);
  const rows = await em.execute<{ key?: string; value: string | null; total: boolean }[]>(
    compiled.sql,
    compiled.params,
  );
  const total = rows.find((r) => r.total);
  const groups = rows
    .filter((r) => !r.total)
    .slice(0, MAX_GROUPS)
    .map((r) => ({ key: r.key ?? '', ...values(r.value) }));
  return {
    spec: encoded,
    ...(total ? values(total.value) : values(compiled.grouped ? null : '0')),
    groups,
    computedAt,
    error: null,
  };
}
