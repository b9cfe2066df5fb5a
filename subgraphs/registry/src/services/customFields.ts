import {
  callerOf,
  customFieldsFilter,
  type ConfigurableEntity,
  type CustomFieldValues,
  type FieldError,
} from '@sisa/kernel';
import type { RegistryContext } from '../context';

/**
 * Validates custom values with merge semantics against the tenant's definitions (errors are
 * already on `customFields.<key>`); `builtIn` feeds visibility conditions on built-in fields.
 */
export function validateCustomFields(
  ctx: RegistryContext,
  tenantId: string,
  entity: ConfigurableEntity,
  input: unknown,
  previous: CustomFieldValues | undefined,
  builtIn: Record<string, unknown>,
): Promise<{ values: CustomFieldValues; errors: FieldError[] }> {
  return ctx.services.config.validate(callerOf(ctx), tenantId, entity, input, previous, builtIn);
}

/** A list filter on custom values, checked against the definitions; null when none is given. */
export async function customValuesFilter(
  ctx: RegistryContext,
  tenantId: string,
  entity: ConfigurableEntity,
  filter: unknown,
): Promise<Record<string, unknown> | null> {
  if (filter === null || filter === undefined) return null;
  const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
  return customFieldsFilter(config.fieldDefinitions(entity), filter);
}

/** The system list of relationship codes; without it no membership can be recorded. */
export const RELATIONSHIP_LIST = 'relationship';

/** The active codes of the `relationship` list, or undefined when the tenant has no such list. */
export async function relationshipCodes(
  ctx: RegistryContext,
  tenantId: string,
): Promise<ReadonlySet<string> | undefined> {
  const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
  return config.listCodes(RELATIONSHIP_LIST);
}
