import { Client } from 'pg';
import type {
  CustomFieldDefinition,
  ConfigurableEntity,
  CustomFieldValues,
} from '../customFields/definitions';
import { validateCustomFields, type CustomFieldResult } from '../customFields/validate';
import type { SubgraphName } from '../db/orm';
import { SubgraphClient, type ForwardedCaller } from '../http/serviceClient';
import type { Logger } from '../logging';
import { ParameterSetsDocument, TenantConfigurationDocument } from '../generated/config';

/** The channel on which the config subgraph announces changes (payload: JSON, see ConfigChange). */
export const CONFIG_CHANNEL = 'sisa_config_changed';

/** A change announcement: one tenant's configuration, or the platform's (parameter sets). */
export type ConfigChange = { tenantId: string; version: number } | { scope: 'platform' };

export interface ValueListItem {
  code: string;
  label: string;
  active: boolean;
  position: number;
}

export interface ValueList {
  key: string;
  label: string;
  system: boolean;
  items: ValueListItem[];
}

/** A dated parameter set of a measure (e.g. REI-2018), as the config subgraph serves it. */
export interface ParameterSet {
  code: string;
  measure: string;
  validFrom: string;
  validTo: string | null;
  values: Record<string, unknown>;
}

/** A parameter set's `values` (JSON in the SDL) as the object config always stores. */
function parameterValues(set: { code: string; values: unknown }): Record<string, unknown> {
  if (typeof set.values !== 'object' || set.values === null || Array.isArray(set.values))
    throw new Error(`Parametri ${set.code}: i valori non sono un oggetto`);
  return set.values as Record<string, unknown>;
}

/** One tenant's configuration at one version, with what validation needs. */
export class TenantConfig {
  private readonly lists: Map<string, ValueList>;
  private readonly activeCodes = new Map<string, Set<string>>();

  constructor(
    readonly version: number,
    readonly definitions: readonly CustomFieldDefinition[],
    readonly valueLists: readonly ValueList[],
    /** The tenant's patron saint (`MM-DD`), a non-working day every year. */
    readonly patronSaintDay: string | null = null,
  ) {
    this.lists = new Map(valueLists.map((l) => [l.key, l]));
    for (const list of valueLists)
      this.activeCodes.set(
        list.key,
        new Set(list.items.filter((i) => i.active).map((i) => i.code)),
      );
  }

  fieldDefinitions(entity: ConfigurableEntity): CustomFieldDefinition[] {
    return this.definitions.filter((d) => d.entity === entity);
  }

  valueList(key: string): ValueList | undefined {
    return this.lists.get(key);
  }

  listCodes(key: string): ReadonlySet<string> | undefined {
    return this.activeCodes.get(key);
  }

  /** The label of a list item (for people-facing text), or the code itself. */
  label(listKey: string, code: string): string {
    return this.lists.get(listKey)?.items.find((i) => i.code === code)?.label ?? code;
  }

  validate(
    entity: ConfigurableEntity,
    input: unknown,
    previous?: CustomFieldValues,
    builtIn?: Record<string, unknown>,
  ): CustomFieldResult {
    return validateCustomFields(
      this.fieldDefinitions(entity),
      input,
      { listCodes: (k) => this.listCodes(k), builtIn },
      previous,
    );
  }
}

export interface ConfigClientOptions {
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** The subgraph's own database URL, for LISTEN (any role may listen). */
  databaseUrl?: string;
  logger: Logger;
  /** Value lists this subgraph needs besides those its custom fields use (e.g. `relationship`). */
  listKeys?: string[];
  /** Safety net if a notification is missed: entries older than this are fetched again. */
  maxAgeMs?: number;
}

interface CacheEntry<T> {
  value: Promise<T>;
  fetchedAt: number;
}

/**
 * Reads a tenant's configuration from the config subgraph (with the caller's token), caches it by
 * tenant, and drops the cache as soon as PostgreSQL `NOTIFY sisa_config_changed` announces a
 * change — so a change is visible in every subgraph within moments.
 */
export class ConfigClient {
  private readonly client: SubgraphClient;
  private readonly tenants = new Map<string, CacheEntry<TenantConfig>>();
  private readonly parameters = new Map<string, CacheEntry<ParameterSet[]>>();
  private listener: Client | null = null;
  private stopped = false;
  private readonly maxAgeMs: number;

  constructor(private readonly options: ConfigClientOptions) {
    this.client = new SubgraphClient('config', options.subgraphUrls);
    this.maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  }

  /** Starts listening for changes (call once, at service start). */
  async start(): Promise<void> {
    if (!this.options.databaseUrl) return;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    client.on('notification', (message) => this.onChange(message.payload));
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'config listener lost; reconnecting');
      this.tenants.clear();
      this.parameters.clear();
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${CONFIG_CHANNEL}`);
    this.listener = client;
  }

  private onChange(payload: string | undefined): void {
    try {
      const change = JSON.parse(payload ?? '{}') as ConfigChange;
      if ('tenantId' in change) this.tenants.delete(change.tenantId);
      else this.parameters.clear();
    } catch {
      this.tenants.clear();
      this.parameters.clear();
    }
  }

  private cached<T>(
    map: Map<string, CacheEntry<T>>,
    key: string,
    load: () => Promise<T>,
  ): Promise<T> {
    const entry = map.get(key);
    if (entry && Date.now() - entry.fetchedAt < this.maxAgeMs) return entry.value;
    const value = load();
    map.set(key, { value, fetchedAt: Date.now() });
    value.catch(() => map.delete(key));
    return value;
  }

  /** The caller's tenant configuration (field definitions and value lists). */
  forTenant(caller: ForwardedCaller, tenantId: string): Promise<TenantConfig> {
    return this.cached(this.tenants, tenantId, async () => {
      const data = await this.client.request(caller, TenantConfigurationDocument, {
        listKeys: this.options.listKeys ?? [],
      });
      const { version, fieldDefinitions, valueLists, patronSaintDay } = data.tenantConfiguration;
      return new TenantConfig(version, fieldDefinitions, valueLists, patronSaintDay);
    });
  }

  /** Drops a tenant's cached configuration (e.g. before retrying a validation that failed). */
  invalidate(tenantId: string): void {
    this.tenants.delete(tenantId);
  }

  /**
   * Validates custom values, fetching the configuration again once when they fail, in case it
   * changed an instant ago and the announcement is still on its way.
   */
  async validate(
    caller: ForwardedCaller,
    tenantId: string,
    entity: ConfigurableEntity,
    input: unknown,
    previous?: CustomFieldValues,
    builtIn?: Record<string, unknown>,
  ): Promise<CustomFieldResult> {
    const first = (await this.forTenant(caller, tenantId)).validate(
      entity,
      input,
      previous,
      builtIn,
    );
    if (first.errors.length === 0) return first;
    this.invalidate(tenantId);
    return (await this.forTenant(caller, tenantId)).validate(entity, input, previous, builtIn);
  }

  /** The dated parameter sets of a measure (e.g. `REI`), oldest first. */
  parameterSets(caller: ForwardedCaller, measure: string): Promise<ParameterSet[]> {
    return this.cached(this.parameters, measure, async () => {
      const data = await this.client.request(caller, ParameterSetsDocument, { measure });
      return data.parameterSets.map((set) => ({ ...set, values: parameterValues(set) }));
    });
  }
}
