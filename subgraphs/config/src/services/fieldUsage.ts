import {
  DomainError,
  encodeMeasurementKey,
  measuringSubgraph,
  SubgraphClient,
  type ConfigurableEntity,
  type ForwardedCaller,
  type IndicatorSpec,
  type Logger,
  type SubgraphName,
} from '@sisa/kernel';

/** The service that owns the data cannot answer (not deployed yet, or down): said plainly. */
export class OwnerUnavailableError extends DomainError {
  readonly code = 'INTERNAL_SERVER_ERROR';
  constructor(
    reason: string,
    readonly owner: SubgraphName,
  ) {
    super(`Impossibile contare i record: ${reason}`);
  }
}

export type FieldUsage = { count: number } | { unavailable: string; owner: SubgraphName };

const usageQuery = (type: string) =>
  `query FieldUsage($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${type} { value error } } }`;

/**
 * Counts the tenant's records holding a value for a custom field. The data lives in the
 * subgraph that owns the entity: a COUNT measurement goes to its `_entities` with the caller's
 * token, so it counts within the caller's tenant and under the caller's rights.
 */
export class FieldUsageCounter {
  constructor(
    private readonly subgraphUrls: Partial<Record<SubgraphName, string>>,
    private readonly logger: Logger,
  ) {}

  async count(
    caller: ForwardedCaller,
    entity: ConfigurableEntity,
    key: string,
  ): Promise<FieldUsage> {
    const measuring = measuringSubgraph(entity);
    if (!measuring)
      return {
        unavailable: 'nessun servizio della piattaforma custodisce questi dati',
        owner: '',
      };
    const { name: owner, measurement } = measuring;
    const type = measurement.type;
    const spec: IndicatorSpec = {
      entity,
      aggregate: 'COUNT',
      filter: { [`customFields.${key}`]: { isNull: false } },
    };
    const representations = [
      {
        __typename: type,
        spec: encodeMeasurementKey({ indicatorId: `usage:${entity}:${key}`, spec }),
      },
    ];
    try {
      const client = new SubgraphClient(owner, this.subgraphUrls);
      const data = await client.request<{
        _entities: ({ value: number | null; error: string | null } | null)[];
      }>(caller, usageQuery(type), {
        representations,
      });
      const measurement = data._entities[0];
      if (!measurement)
        return { unavailable: `il servizio «${owner}» non calcola questo conteggio`, owner };
      if (measurement.error) return { unavailable: measurement.error, owner };
      return { count: measurement.value ?? 0 };
    } catch (error) {
      this.logger.warn({ err: error, owner }, 'field usage not available');
      return {
        unavailable: `il servizio «${owner}», che custodisce questi dati, non è raggiungibile`,
        owner,
      };
    }
  }
}
