import { BadUserInputError, ForbiddenError, requirePrincipal } from '@sisa/kernel';
import { fieldDefinitionRepository } from '../entities/fieldDefinition.repository';
import { valueListRepository } from '../entities/valueList.repository';
import { tenantConfigHeader } from '../services/configChanges';
import type { Resolvers } from '../generated/resolvers';

const MAX_LIST_KEYS = 100;

export const TenantConfigurationResolvers: Resolvers = {
  Query: {
    /**
     * What every subgraph's config client reads with its caller's token: any authenticated caller
     * of the tenant, whatever its role or scope (a `registry:write` client creating a subject
     * needs the fields validated, without `config:read`).
     */
    async tenantConfiguration(_, { listKeys }, ctx) {
      const { tenantId } = requirePrincipal(ctx.principal);
      if (!tenantId) throw new ForbiddenError('Seleziona prima un ente su cui operare');
      if (listKeys.length > MAX_LIST_KEYS)
        throw BadUserInputError.field('listKeys', `Al massimo ${MAX_LIST_KEYS} elenchi`);
      const { version, patronSaintDay } = await tenantConfigHeader(ctx.em, tenantId);
      const fieldDefinitions = await fieldDefinitionRepository.list(ctx.em);
      const keys = new Set(listKeys);
      for (const def of fieldDefinitions) if (def.listKey) keys.add(def.listKey);
      return {
        version,
        patronSaintDay,
        fieldDefinitions,
        valueLists: await valueListRepository.visible(ctx.em, tenantId, [...keys]),
      };
    },
  },
};
