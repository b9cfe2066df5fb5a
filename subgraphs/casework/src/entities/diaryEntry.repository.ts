import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DiaryEntry } from './diaryEntry.entity';

export interface DiaryListFilter {
  q?: string | null;
  kind?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Who reads: their id, and whether RESTRICTED entries of the case are theirs to read. */
export interface DiaryReader {
  userId: string;
  readsRestricted: boolean;
}

export const DIARY_QUERY_MAX = 200;

export const diaryRepository = {
  /**
   * A page of a case's diary, the most recent first, as `reader` may see it: drafts only their
   * author's; RESTRICTED entries only the author's or when `readsRestricted`. `q` searches the
   * text in Italian (stems: «visite» finds «visita»).
   */
  page(
    em: EntityManager,
    caseId: string,
    filter: DiaryListFilter,
    reader: DiaryReader,
    limit: number,
    offset: number,
  ): Promise<[DiaryEntry[], number]> {
    const visible: FilterQuery<DiaryEntry> = {
      $or: [
        { authorId: reader.userId },
        reader.readsRestricted
          ? { signedAt: { $ne: null } }
          : { signedAt: { $ne: null }, confidentiality: 'NORMAL' },
      ],
    };
    const where: FilterQuery<DiaryEntry>[] = [{ caseId }, visible];
    if (filter.kind) where.push({ kind: filter.kind });
    if (filter.from) where.push({ occurredAt: { $gte: filter.from } });
    if (filter.to) where.push({ occurredAt: { $lte: filter.to } });
    if (filter.q?.trim())
      where.push({
        [raw(`(to_tsvector('italian', text) @@ websearch_to_tsquery('italian', ?))`, [
          filter.q.slice(0, DIARY_QUERY_MAX),
        ])]: true,
      } as FilterQuery<DiaryEntry>);
    return em.findAndCount(
      DiaryEntry,
      { $and: where },
      { orderBy: { occurredAt: 'desc', id: 'desc' }, limit, offset },
    );
  },
};
