import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  indicatorFieldsOf,
  NotFoundError,
  requirePlatformAdmin,
  type ConfigurableEntity,
} from '@sisa/kernel';
import { checkIndicator, checkSpec, specOf } from '../domain/indicatorRules';
import { Indicator } from '../entities/indicator.entity';
import { indicatorRepository } from '../entities/indicator.repository';
import { fieldDefinitionRepository, toCustomField } from '../entities/fieldDefinition.repository';
import { Tenant } from '../entities/tenant.entity';
import { diff, recordAudit } from '../services/audit';
import { announceTenantChange } from '../services/configChanges';
import { ensureDefaultIndicators } from '../services/defaultIndicators';
import type { ConfigContext } from '../context';
import { administer, readConfig } from './access';
import { measurementOf } from './IndicatorMeasurement';
import type { Resolvers } from '../generated/resolvers';

async function fieldsOf(ctx: ConfigContext, entity: ConfigurableEntity) {
  const definitions = await fieldDefinitionRepository.list(ctx.em, entity);
  return indicatorFieldsOf(entity, definitions.map(toCustomField));
}

/** The stored columns of an indicator, for comparisons in the audit trail. */
const stored = (i: Indicator) => ({
  label: i.label,
  entity: i.entity,
  aggregate: i.aggregate,
  field: i.field ?? null,
  filter: i.filter ?? null,
  groupBy: i.groupBy ?? null,
  period: i.period ?? null,
  unit: i.unit ?? null,
  target: i.target ?? null,
  position: i.position,
});

export const IndicatorResolvers: Resolvers = {
  Query: {
    indicators(_, _args, ctx) {
      readConfig(ctx);
      return indicatorRepository.list(ctx.em);
    },

    indicator(_, { id }, ctx) {
      readConfig(ctx);
      return indicatorRepository.findById(ctx.em, id);
    },

    async indicatorFields(_, { entity }, ctx) {
      readConfig(ctx);
      return (await fieldsOf(ctx, entity)).map((f) => ({ ...f, multiple: f.multiple ?? false }));
    },

    async indicatorPreview(_, { input }, ctx) {
      readConfig(ctx);
      const { spec, errors } = checkSpec(input, await fieldsOf(ctx, input.entity));
      if (errors.length) throw new BadUserInputError(errors);
      return measurementOf(`preview:${randomUUID()}`, spec);
    },
  },

  Mutation: {
    async saveIndicator(_, { input }, ctx) {
      const { principal, tenantId } = administer(ctx);
      await announceTenantChange(ctx.em, tenantId);
      const { values, errors } = checkIndicator(input, await fieldsOf(ctx, input.entity));
      if (errors.length) throw new BadUserInputError(errors);
      const { spec } = values;
      const columns = {
        label: values.label,
        entity: spec.entity,
        aggregate: spec.aggregate,
        field: spec.field ?? null,
        filter: spec.filter ?? null,
        groupBy: spec.groupBy ?? null,
        period: spec.period ?? null,
        unit: values.unit,
        target: values.target,
      };
      const existing = await indicatorRepository.findByKey(ctx.em, values.key);
      if (existing) {
        const before = stored(existing);
        ctx.em.assign(existing, { ...columns, position: values.position ?? existing.position });
        const changes = diff(before, stored(existing));
        if (Object.keys(changes).length) {
          recordAudit(ctx.em, {
            tenantId,
            actor: principal.name,
            entity: 'Indicator',
            entityId: existing.id,
            action: 'UPDATE',
            changes: { key: existing.key, ...changes },
          });
        }
        await ctx.em.flush();
        return existing;
      }
      const position = values.position ?? (await indicatorRepository.nextPosition(ctx.em));
      const indicator = ctx.em.create(Indicator, {
        id: randomUUID(),
        tenantId,
        key: values.key,
        ...columns,
        position,
      });
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'Indicator',
        entityId: indicator.id,
        action: 'CREATE',
        changes: { key: values.key, ...stored(indicator) },
      });
      await ctx.em.flush();
      return indicator;
    },

    async deleteIndicator(_, { id }, ctx) {
      const { principal, tenantId } = administer(ctx);
      const indicator = await indicatorRepository.findById(ctx.em, id);
      if (!indicator) throw new NotFoundError('Indicatore');
      await announceTenantChange(ctx.em, tenantId);
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'Indicator',
        entityId: id,
        action: 'DELETE',
        changes: { key: indicator.key, ...stored(indicator) },
      });
      ctx.em.remove(indicator);
      await ctx.em.flush();
      return true;
    },

    async ensureDefaultIndicators(_, { tenantId }, ctx) {
      const principal = requirePlatformAdmin(ctx.principal);
      const tenants = tenantId
        ? await ctx.em.find(Tenant, { id: tenantId })
        : await ctx.em.find(Tenant, {}, { orderBy: { code: 'asc' } });
      if (tenantId && !tenants.length) throw new NotFoundError('Ente');
      let created = 0;
      for (const tenant of tenants)
        created += await ensureDefaultIndicators(ctx.em, tenant.id, principal.name);
      return created;
    },
  },

  Indicator: {
    measurement: (indicator: Indicator) => measurementOf(indicator.id, specOf(indicator)),
  },
};
