import { loaderOf, inTurn } from '@sisa/kernel';
import { subjectAccessRepository, type SubjectRead } from '../entities/subjectAccess.repository';
import type { SubjectAccessVia } from '../entities/subjectAccess.entity';
import type { RegistryContext } from '../context';

/**
 * Writes the read of a subject's record to the audit log. Reads of one request are batched into
 * one insert per tick (a page of 100 federated subjects costs one statement), in the operation's
 * transaction; the same subject read the same way twice in a request is logged once.
 */
export async function auditSubjectRead(
  ctx: RegistryContext,
  tenantId: string,
  subjectId: string,
  via: SubjectAccessVia,
): Promise<void> {
  const principal = ctx.principal!;
  const loader = loaderOf<string, true>(ctx, 'subjectReadAudit', async (keys) => {
    const reads = keys.map((key): SubjectRead => {
      const [readVia, id] = key.split('|') as [SubjectAccessVia, string];
      return { subjectId: id, via: readVia };
    });
    await inTurn(ctx, () =>
      subjectAccessRepository.recordReads(
        ctx.em,
        {
          tenantId,
          actor: principal.name,
          actorKind: principal.kind,
          actorId: principal.subjectId,
          requestId: ctx.requestId,
        },
        reads,
      ),
    );
    return keys.map(() => true as const);
  });
  await loader.load(`${via}|${subjectId}`);
}
