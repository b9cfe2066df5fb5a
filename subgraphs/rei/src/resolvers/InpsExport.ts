import {
  tenantOf,
  pageOf,
  toLimitOffset,
  toOrderBy,
  type PageArgs,
  type ResolverMap,
  type ListSort,
  inTurn,
} from '@sisa/kernel';
import { InpsExport } from '../entities/inpsExport.entity';
import { EXPORTS_PATH } from '../http/exportDownload';
import type { ReiContext } from '../context';
import { applicationsByExportLoader, exportLoader } from './loaders';
import { EXPORT_SORT } from './sorts';

interface ExportsArgs extends PageArgs {
  filter?: { ids?: string[] | null; createdFrom?: Date | null; createdTo?: Date | null } | null;
  sort?: ListSort | null;
}

export const InpsExportResolvers: ResolverMap<ReiContext> = {
  Query: {
    inpsExport(_: unknown, { id }: { id: string }, ctx: ReiContext) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return exportLoader(ctx).load(id);
    },
    async inpsExports(_: unknown, args: ExportsArgs, ctx: ReiContext) {
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
    applications: (e: InpsExport, _: unknown, ctx: ReiContext) =>
      applicationsByExportLoader(ctx).load(e.id),
  },
};
