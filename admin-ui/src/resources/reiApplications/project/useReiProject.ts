import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useGraphQL } from '../../../dataProvider/useGraphQL';
import {
  ConsoleLogReiCommunicationDocument,
  ConsoleReiProjectDocument,
  ConsoleSaveReiProjectDocument,
  ConsoleSignReiProjectDocument,
  type ReiCommunicationInput,
} from '../../../generated/graphql';
import { projectInput, type ProjectRecord } from './projectOperations';

/**
 * The project of an application and its operations. Each answers the whole project, which
 * replaces the cached one; the application reloads too (its deadlines and events change).
 */
export function useReiProject(applicationId: string) {
  const graphql = useGraphQL();
  const queryClient = useQueryClient();
  const key = useMemo(() => ['reiApplications', 'project', applicationId], [applicationId]);
  const query = useQuery({
    queryKey: key,
    queryFn: () => graphql(ConsoleReiProjectDocument, { applicationId }).then((d) => d.project),
  });
  const apply = useCallback(
    async (answer: Promise<{ project: ProjectRecord }>) => {
      const { project } = await answer;
      queryClient.setQueryData(key, project);
      void queryClient.invalidateQueries({ queryKey: ['reiApplications', 'getOne'] });
      return project;
    },
    [queryClient, key],
  );
  const project = query.data ?? null;
  return {
    project,
    isPending: query.isPending,
    error: query.error,
    save: (values: Record<string, unknown>) =>
      apply(
        graphql(ConsoleSaveReiProjectDocument, {
          applicationId,
          input: projectInput(values),
          expectedVersion: project?.version ?? null,
        }),
      ),
    sign: (signedAt: string) =>
      apply(graphql(ConsoleSignReiProjectDocument, { applicationId, signedAt })),
    log: (input: Record<string, unknown>) =>
      apply(
        graphql(ConsoleLogReiCommunicationDocument, {
          applicationId,
          input: input as ReiCommunicationInput,
        }),
      ),
  };
}
