import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConfigurableEntity, CustomFieldDefinition } from '@sisa/kernel';
import { FieldDefinition } from './fieldDefinition.entity';

/** A stored definition in the kernel's shape (what validation and indicators read). */
export function toCustomField(def: FieldDefinition): CustomFieldDefinition {
  return {
    entity: def.entity,
    key: def.key,
    label: def.label,
    type: def.type,
    required: def.required,
    listKey: def.listKey ?? null,
    min: def.min ?? null,
    max: def.max ?? null,
    pattern: def.pattern ?? null,
    helpText: def.helpText ?? null,
    section: def.section ?? null,
    position: def.position,
    active: def.active,
    visibleWhen: def.visibleWhen ?? null,
  };
}

/** The tenant's field definitions (row-level security and the tenant filter scope every query). */
export const fieldDefinitionRepository = {
  list(em: EntityManager, entity?: ConfigurableEntity | null): Promise<FieldDefinition[]> {
    return em.find(FieldDefinition, entity ? { entity } : {}, {
      orderBy: { entity: 'asc', position: 'asc', key: 'asc' },
    });
  },

  findById(em: EntityManager, id: string): Promise<FieldDefinition | null> {
    return em.findOne(FieldDefinition, { id });
  },

  async nextPosition(em: EntityManager, entity: ConfigurableEntity): Promise<number> {
    const last = await em.findOne(FieldDefinition, { entity }, { orderBy: { position: 'desc' } });
    return last ? last.position + 1 : 0;
  },
};
