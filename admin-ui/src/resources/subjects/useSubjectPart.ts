import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import type { TypedDocumentString } from '../../generated/graphql';

/** A query of one part of a subject (operations/registry.graphql: `subjects(filter: { ids })`). */
type SubjectPartDocument<R> = TypedDocumentString<
  { subjects: { items: R[] } },
  { ids?: (string | number)[] | string | number | null }
>;

/**
 * One part of a subject's record for a tab of its page (history, REI applications, SIUSS
 * benefits), read when the tab opens. Through `subjects(filter: { ids })`: the page's own
 * `subject(id)` already wrote the read to the audit log once; each tab must not write it again.
 */
export function useSubjectPart<R, T>(
  subjectId: string | undefined,
  name: string,
  document: SubjectPartDocument<R>,
  part: (item: R) => T,
) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['subjects', 'part', name, subjectId],
    enabled: Boolean(subjectId),
    queryFn: () =>
      graphql(document, { ids: subjectId ? [subjectId] : [] }).then((data) => {
        const item = data.subjects.items[0];
        return item ? part(item) : null;
      }),
  });
}
