import { parse, type DefinitionNode } from 'graphql';

/** Root operation types: each subgraph declares them, their fields carry the descriptions. */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * What an SDL document leaves undescribed: types (not extensions nor the root types), their
 * fields, the fields' arguments, input fields and enum values, as `Type`, `Type.field`,
 * `Type.field(arg)`.
 */
export function missingDescriptions(sdl: string): string[] {
  const missing: string[] = [];
  for (const def of parse(sdl).definitions as readonly DefinitionNode[]) {
    if (!('name' in def) || !def.name || def.kind === 'DirectiveDefinition') continue;
    const type = def.name.value;
    const isExtension = def.kind.endsWith('Extension');
    if (!isExtension && !ROOT_TYPES.has(type) && !('description' in def && def.description))
      missing.push(type);
    if ('fields' in def)
      for (const field of def.fields ?? []) {
        if (!field.description) missing.push(`${type}.${field.name.value}`);
        if ('arguments' in field)
          for (const arg of field.arguments ?? [])
            if (!arg.description) missing.push(`${type}.${field.name.value}(${arg.name.value})`);
      }
    if ('values' in def)
      for (const value of def.values ?? [])
        if (!value.description) missing.push(`${type}.${value.name.value}`);
  }
  return missing;
}
