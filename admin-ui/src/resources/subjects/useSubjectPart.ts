import { useQuery } from '@tanstack/react-query';
import { useGraphQL } from '../../dataProvider/useGraphQL';

/**
 * One part of a subject's record for a tab of its page (history, REI applications, SIUSS
 * benefits), read when the tab opens. Through `subjects(filter: { ids })`: the page's own
 * `subject(id)` already wrote the read to the audit log once; each tab must not write it again.
 */
export function useSubjectPart<T>(subjectId: string | undefined, name: string, selection: string) {
  const graphql = useGraphQL();
  return useQuery({
    queryKey: ['subjects', 'part', name, subjectId],
    enabled: Boolean(subjectId),
    queryFn: () =>
      graphql<{ subjects: { items: Record<string, T>[] } }>(
        `query subjectPart($ids: [ID!]) { subjects(filter: { ids: $ids }, perPage: 1) { items { ${name} { ${selection} } } } }`,
        { ids: [subjectId] },
      ).then((data) => (data.subjects.items[0]?.[name] ?? null) as T | null),
  });
}
