import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useGraphQL } from '../../../dataProvider/useGraphQL';
import {
  LOG_COMMUNICATION,
  PROJECT,
  projectInput,
  SAVE_PROJECT,
  SIGN_PROJECT,
  type ProjectRecord,
} from './projectOperations';

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
    queryFn: () =>
      graphql<{ project: ProjectRecord | null }>(PROJECT, { applicationId }).then((d) => d.project),
  });
  const apply = useCallback(
    async (document: string, variables: Record<string, unknown>) => {
      const { project } = await graphql<{ project: ProjectRecord }>(document, {
        applicationId,
        ...variables,
      });
      queryClient.setQueryData(key, project);
      void queryClient.invalidateQueries({ queryKey: ['reiApplications', 'getOne'] });
      return project;
    },
    [graphql, queryClient, applicationId, key],
  );
  const project = query.data ?? null;
  return {
    project,
    isPending: query.isPending,
    error: query.error,
    save: (values: Record<string, unknown>) =>
      apply(SAVE_PROJECT, {
        input: projectInput(values),
        expectedVersion: project?.version ?? null,
      }),
    sign: (signedAt: string) => apply(SIGN_PROJECT, { signedAt }),
    log: (input: Record<string, unknown>) => apply(LOG_COMMUNICATION, { input }),
  };
}
