import { randomUUID } from 'node:crypto';
import {
  applyUpdate,
  callerOf,
  checkIndicatorSpec,
  FieldErrors,
  indicatorFieldsOf,
  NotFoundError,
  type CustomFieldDefinition,
} from '@sisa/kernel';
import {
  changesStoredValues,
  checkFieldDefinition,
  type FieldDefinitionInput,
  type FieldDefinitionValues,
} from '../domain/fieldDefinitionRules';
import { specOf, specUsesField } from '../domain/indicatorRules';
import { FieldDefinition } from '../entities/fieldDefinition.entity';
import { fieldDefinitionRepository, toCustomField } from '../entities/fieldDefinition.repository';
import { indicatorRepository } from '../entities/indicator.repository';
import { valueListRepository } from '../entities/valueList.repository';
import { diff, recordAudit } from '../services/audit';
import { announceTenantChange } from '../services/configChanges';
import { OwnerUnavailableError } from '../services/fieldUsage';
import type { ConfigContext } from '../context';
import { administer, readConfig } from './access';
import type { Resolvers } from '../generated/resolvers';

const recordsHolding = (count: number) =>
  count === 1 ? '1 record ha già un valore' : `${count} record hanno già un valore`;

async function checkInput(ctx: ConfigContext, input: FieldDefinitionInput, self: string | null) {
  const siblings = (await fieldDefinitionRepository.list(ctx.em, input.entity))
    .filter((d) => d.id !== self)
    .map(toCustomField);
  const lists = await valueListRepository.visibleKeys(ctx.em);
  const { values, errors } = checkFieldDefinition(input, {
    listExists: (key) => lists.has(key),
    siblings,
  });
  return { values, errors: new FieldErrors().addAll(errors), siblings };
}

/**
 * A change of type or list re-reads every stored value: refused while any record holds one
 * (counted where the data lives), and while an indicator would stop compiling.
 */
async function checkStoredValues(
  ctx: ConfigContext,
  def: FieldDefinition,
  values: FieldDefinitionValues,
  siblings: CustomFieldDefinition[],
  errors: FieldErrors,
): Promise<void> {
  const change = changesStoredValues(def, values);
  if (!change) return;
  const path = `input.${change}`;
  const what = change === 'type' ? 'il tipo' : 'l\u2019elenco';
  const usage = await ctx.services.fieldUsage.count(callerOf(ctx), def.entity, def.key);
  if ('unavailable' in usage) {
    errors.add(
      path,
      `Non si può cambiare ${what} ora: impossibile contare i record che usano il campo (${usage.unavailable})`,
    );
  } else if (usage.count > 0) {
    errors.add(
      path,
      `Non si può cambiare ${what}: ${recordsHolding(usage.count)} per questo campo. Crea un nuovo campo e disattiva questo.`,
    );
  }
  const after = [...siblings, { ...toCustomField(def), ...values, position: def.position }];
  const fields = indicatorFieldsOf(def.entity, after);
  for (const indicator of await indicatorRepository.list(ctx.em)) {
    const spec = specOf(indicator);
    if (spec.entity !== def.entity || !specUsesField(spec, `customFields.${def.key}`)) continue;
    if (checkIndicatorSpec(spec, fields).length)
      errors.add(
        path,
        `L\u2019indicatore «${indicator.label}» usa questo campo e non sarebbe più calcolabile`,
      );
  }
}

export const FieldDefinitionResolvers: Resolvers = {
  Query: {
    fieldDefinitions(_, { entity }, ctx) {
      readConfig(ctx);
      return fieldDefinitionRepository.list(ctx.em, entity);
    },

    fieldDefinition(_, { id }, ctx) {
      readConfig(ctx);
      return fieldDefinitionRepository.findById(ctx.em, id);
    },

    async fieldDefinitionUsage(_, { id }, ctx) {
      administer(ctx);
      const def = await fieldDefinitionRepository.findById(ctx.em, id);
      if (!def) throw new NotFoundError('Campo');
      const usage = await ctx.services.fieldUsage.count(callerOf(ctx), def.entity, def.key);
      if ('unavailable' in usage) throw new OwnerUnavailableError(usage.unavailable, usage.owner);
      return usage.count;
    },
  },

  Mutation: {
    async createFieldDefinition(_, { input }, ctx) {
      const { principal, tenantId } = administer(ctx);
      await announceTenantChange(ctx.em, tenantId);
      const { values, errors, siblings } = await checkInput(ctx, input, null);
      if (siblings.some((s) => s.key === values.key))
        errors.add('input.key', 'Esiste già un campo con questa chiave');
      errors.throwIfAny();
      const position =
        values.position ?? (await fieldDefinitionRepository.nextPosition(ctx.em, values.entity));
      const def = ctx.em.create(FieldDefinition, {
        id: randomUUID(),
        tenantId,
        ...values,
        position,
      });
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'FieldDefinition',
        entityId: def.id,
        action: 'CREATE',
        changes: { ...values, position },
      });
      await ctx.em.flush();
      return def;
    },

    async updateFieldDefinition(_, { id, input: update }, ctx) {
      const { principal, tenantId } = administer(ctx);
      const def = await fieldDefinitionRepository.findById(ctx.em, id);
      if (!def) throw new NotFoundError('Campo');
      // Absent keeps what is saved (no defaults: leaving `active` out never reactivates).
      const merged = applyUpdate<FieldDefinitionInput>(toCustomField(def), update, [
        'entity',
        'key',
        'label',
        'type',
        'required',
        'active',
      ]);
      new FieldErrors().addAll(merged.errors).throwIfAny();
      const input = merged.values;
      await announceTenantChange(ctx.em, tenantId);
      const { values, errors, siblings } = await checkInput(ctx, input, def.id);
      if (values.key !== def.key)
        errors.add('input.key', 'La chiave di un campo non si può cambiare');
      if (values.entity !== def.entity)
        errors.add('input.entity', 'Il tipo di dato di un campo non si può cambiare');
      if (errors.isEmpty) await checkStoredValues(ctx, def, values, siblings, errors);
      errors.throwIfAny();
      const before = toCustomField(def);
      const { key: _key, entity: _entity, position, ...changes } = values;
      ctx.em.assign(def, { ...changes, position: position ?? def.position });
      const changed = diff(
        before as unknown as Record<string, unknown>,
        toCustomField(def) as unknown as Record<string, unknown>,
      );
      if (Object.keys(changed).length) {
        recordAudit(ctx.em, {
          tenantId,
          actor: principal.name,
          entity: 'FieldDefinition',
          entityId: def.id,
          action: 'UPDATE',
          changes: { key: def.key, ...changed },
        });
      }
      await ctx.em.flush();
      return def;
    },
  },
};
