import type { FieldDefinition } from './types';

/** Definitions grouped by section, in order of first appearance ('' = no section, first). */
export function groupBySection(
  definitions: readonly FieldDefinition[],
): [string, FieldDefinition[]][] {
  const sections = new Map<string, FieldDefinition[]>([['', []]]);
  for (const definition of definitions) {
    const section = definition.section ?? '';
    sections.set(section, [...(sections.get(section) ?? []), definition]);
  }
  return [...sections].filter(([, fields]) => fields.length > 0);
}
