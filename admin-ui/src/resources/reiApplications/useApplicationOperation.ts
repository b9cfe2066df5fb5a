import { useCallback } from 'react';
import { usePutRecord } from '../../common/usePutRecord';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import type { ReiApplicationRecord } from './types';

/**
 * Runs one of applicationOperations.ts on an application and shows its answer at once.
 * The application's `version` goes along: acting on a stale page answers CONFLICT.
 */
export function useApplicationOperation() {
  const graphql = useGraphQL();
  const putRecord = usePutRecord('reiApplications');
  return useCallback(
    async (
      document: string,
      application: Pick<ReiApplicationRecord, 'id' | 'version'>,
      variables: Record<string, unknown> = {},
    ): Promise<ReiApplicationRecord> => {
      const { application: updated } = await graphql<{ application: ReiApplicationRecord }>(
        document,
        { id: application.id, expectedVersion: application.version, ...variables },
      );
      putRecord(updated);
      return updated;
    },
    [graphql, putRecord],
  );
}
