import { randomUUID } from 'node:crypto';
import { BadUserInputError, requirePlatformAdmin, requirePrincipal } from '@sisa/kernel';
import { checkParameterSet } from '../domain/parameterSetRules';
import { ParameterSet } from '../entities/parameterSet.entity';
import { parameterSetRepository } from '../entities/parameterSet.repository';
import { diff, recordPlatformAudit } from '../services/audit';
import { announcePlatformChange } from '../services/configChanges';
import type { Resolvers } from '../generated/resolvers';

const columns = (s: ParameterSet) => ({
  measure: s.measure,
  validFrom: s.validFrom,
  validTo: s.validTo ?? null,
  values: s.values,
});

export const ParameterSetResolvers: Resolvers = {
  Query: {
    /** Platform data: any authenticated caller (the rei subgraph reads it with the caller's token). */
    parameterSets(_, { measure }, ctx) {
      requirePrincipal(ctx.principal);
      return parameterSetRepository.byMeasure(ctx.em, measure.trim());
    },
  },

  Mutation: {
    async saveParameterSet(_, { input }, ctx) {
      const principal = requirePlatformAdmin(ctx.principal);
      const normalised = {
        ...input,
        code: input.code.trim(),
        measure: input.measure.trim(),
        validTo: input.validTo ?? null,
      };
      await parameterSetRepository.lockMeasure(ctx.em, normalised.measure);
      const existing = await parameterSetRepository.byCode(ctx.em, normalised.code);
      if (existing && existing.measure !== normalised.measure) {
        throw BadUserInputError.field(
          'input.measure',
          `Il codice ${existing.code} appartiene alla misura ${existing.measure}`,
        );
      }
      const others = (await parameterSetRepository.byMeasure(ctx.em, normalised.measure)).filter(
        (s) => s.code !== normalised.code,
      );
      const errors = checkParameterSet(
        normalised,
        others.map((s) => ({ code: s.code, validFrom: s.validFrom, validTo: s.validTo ?? null })),
      );
      if (errors.length) throw new BadUserInputError(errors);
      const values = normalised.values as Record<string, unknown>;
      let set: ParameterSet;
      if (existing) {
        const before = columns(existing);
        ctx.em.assign(existing, {
          validFrom: normalised.validFrom,
          validTo: normalised.validTo,
          values,
          updatedBy: principal.name,
        });
        set = existing;
        await recordPlatformAudit(ctx.em, {
          actor: principal.name,
          entity: 'ParameterSet',
          entityId: set.id,
          action: 'UPDATE',
          changes: { code: set.code, ...diff(before, columns(set)) },
        });
      } else {
        set = ctx.em.create(ParameterSet, {
          id: randomUUID(),
          code: normalised.code,
          measure: normalised.measure,
          validFrom: normalised.validFrom,
          validTo: normalised.validTo,
          values,
          updatedBy: principal.name,
        });
        await recordPlatformAudit(ctx.em, {
          actor: principal.name,
          entity: 'ParameterSet',
          entityId: set.id,
          action: 'CREATE',
          changes: { code: set.code, ...columns(set) },
        });
      }
      await announcePlatformChange(ctx.em);
      await ctx.em.flush();
      return set;
    },
  },
};
