import { randomUUID } from 'node:crypto';
import { BadUserInputError } from '@sisa/kernel';
import { checkValueList, itemChanges, SYSTEM_LISTS } from '../domain/valueListRules';
import { ValueList } from '../entities/valueList.entity';
import { valueListRepository } from '../entities/valueList.repository';
import { recordAudit } from '../services/audit';
import { announceTenantChange } from '../services/configChanges';
import { administer, readConfig } from './access';
import type { Resolvers } from '../generated/resolvers';

const MAX_KEYS = 100;

export const ValueListResolvers: Resolvers = {
  Query: {
    valueLists(_, { keys }, ctx) {
      const tenantId = readConfig(ctx);
      if (keys && keys.length > MAX_KEYS)
        throw BadUserInputError.field('keys', `Al massimo ${MAX_KEYS} elenchi per richiesta`);
      return valueListRepository.visible(ctx.em, tenantId, keys);
    },

    valueList(_, { key }, ctx) {
      return valueListRepository.byKey(ctx.em, readConfig(ctx), key);
    },
  },

  Mutation: {
    async saveValueList(_, { input }, ctx) {
      const { principal, tenantId } = administer(ctx);
      await announceTenantChange(ctx.em, tenantId);
      const key = input.key.trim();
      const existing = await valueListRepository.tenantList(ctx.em, tenantId, key);
      // Overriding a system list starts from its items: codes already in records keep their label.
      const base =
        existing?.items ??
        (SYSTEM_LISTS[key]
          ? ((await valueListRepository.byKey(ctx.em, tenantId, key))?.items ?? [])
          : []);
      const checked = checkValueList(input, base);
      if (checked.errors.length) throw new BadUserInputError(checked.errors);
      if (existing) {
        const changes: Record<string, unknown> = {
          key,
          ...itemChanges(existing.items, checked.items),
        };
        if (existing.label !== checked.label)
          changes.label = { from: existing.label, to: checked.label };
        existing.label = checked.label;
        existing.items = checked.items;
        if (Object.keys(changes).length > 1) {
          recordAudit(ctx.em, {
            tenantId,
            actor: principal.name,
            entity: 'ValueList',
            entityId: existing.id,
            action: 'UPDATE',
            changes,
          });
        }
        await ctx.em.flush();
        return existing;
      }
      const list = ctx.em.create(ValueList, {
        id: randomUUID(),
        tenantId,
        key,
        label: checked.label,
        system: false,
        items: checked.items,
      });
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'ValueList',
        entityId: list.id,
        action: 'CREATE',
        changes: {
          key,
          label: checked.label,
          items: checked.items.map((i) => i.code),
          ...(SYSTEM_LISTS[key] ? { overridesSystemList: true } : {}),
        },
      });
      await ctx.em.flush();
      return list;
    },
  },

  ValueList: {
    items: (list: ValueList) => [...list.items].sort((a, b) => a.position - b.position),
  },
};
