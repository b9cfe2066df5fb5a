import { tenantOf, toLimitOffset, type PageArgs, type ResolverMap } from '@sisa/kernel';
import { InpsExport } from '../entities/inpsExport.entity';
import { EXPORTS_PATH } from '../http/exportDownload';
import type { ReiContext } from '../context';
import { inTurn } from './inTurn';
import { applicationsByExportLoader, exportLoader } from './loaders';

export const InpsExportResolvers: ResolverMap<ReiContext> = {
  Query: {
    inpsExport(_: unknown, { id }: { id: string }, ctx: ReiContext) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return exportLoader(ctx).load(id);
    },
    async inpsExports(_: unknown, args: PageArgs, ctx: ReiContext) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      const { limit, offset } = toLimitOffset(args);
      const [items, total] = await inTurn(ctx, () =>
        ctx.em.findAndCount(
          InpsExport,
          {},
          { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset },
        ),
      );
      return { items, total };
    },
  },
  InpsExport: {
    url: (e: InpsExport) => `${EXPORTS_PATH}/${e.id}`,
    applications: (e: InpsExport, _: unknown, ctx: ReiContext) =>
      applicationsByExportLoader(ctx).load(e.id),
  },
};
