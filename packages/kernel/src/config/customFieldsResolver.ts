import type { ConfigurableEntity, CustomFieldValues } from '../customFields/definitions';
import { customValuesForReading } from '../customFields/validate';
import { callerOf, type RequestContext } from '../subgraph/context';
import type { ConfigClient } from './configClient';

/**
 * The `customFields` resolver of an entity with custom values: the stored values, except that a
 * DECIMAL value stored as a JSON number (before values were kept as exact strings) is answered
 * as its decimal string. Values without numbers (every value written since) cost no lookup.
 */
export function customFieldsResolver(entity: ConfigurableEntity) {
  return async function customFields(
    parent: { customFields?: CustomFieldValues | null },
    _args: unknown,
    ctx: RequestContext<{ config: ConfigClient }>,
  ): Promise<CustomFieldValues> {
    const values = parent.customFields ?? {};
    if (!ctx.tenantId || !Object.values(values).some((v) => typeof v === 'number')) return values;
    const config = await ctx.services.config.forTenant(callerOf(ctx), ctx.tenantId);
    return customValuesForReading(config.definitions, entity, values);
  };
}
