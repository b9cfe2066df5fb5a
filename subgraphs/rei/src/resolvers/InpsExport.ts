import { tenantOf, pageOf, toLimitOffset, toOrderBy, inTurn } from '@sisa/kernel';
import { InpsExport } from '../entities/inpsExport.entity';
import { EXPORTS_PATH } from '../http/exportDownload';
import { applicationsByExportLoader, exportLoader } from './loaders';
import { EXPORT_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

export const InpsExportResolvers: Resolvers = {
  Query: {
    inpsExport(_, { id }, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return exportLoader(ctx).load(id);
    },
    async inpsExports(_, args, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, EXPORT_SORT, { createdAt: 'desc', id: 'desc' });
      const f = args.filter ?? {};
      const where: Record<string, unknown> = {};
      if (f.ids) where.id = { $in: f.ids };
      if (f.createdFrom || f.createdTo)
        where.createdAt = {
          ...(f.createdFrom ? { $gte: f.createdFrom } : {}),
          ...(f.createdTo ? { $lte: f.createdTo } : {}),
        };
      const [items, total] = await inTurn(ctx, () =>
        ctx.em.findAndCount(InpsExport, where, { orderBy, limit, offset }),
      );
      return pageOf(args, items, total);
    },
  },
  InpsExport: {
    url: (e: InpsExport) => `${EXPORTS_PATH}/${e.id}`,
    applications: async (e: InpsExport, _, ctx) =>
      (await applicationsByExportLoader(ctx).load(e.id)) ?? [],
  },
};
