import { useCallback } from 'react';
import { usePutRecord } from '../../common/usePutRecord';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import type { TypedDocumentString } from '../../generated/graphql';
import type { ReiApplicationRecord } from './types';

/** The variables every operation on one application takes: which one, at which version. */
interface OnApplication {
  id: string | number;
  expectedVersion?: number | null;
}

/**
 * Runs one of the operations on an application (operations/rei.graphql: checks, outcomes,
 * transitions, each answering the whole application) and shows its answer at once. The
 * application's `version` goes along: acting on a stale page answers CONFLICT.
 */
export function useApplicationOperation() {
  const graphql = useGraphQL();
  const putRecord = usePutRecord('reiApplications');
  return useCallback(
    async <V extends OnApplication>(
      document: TypedDocumentString<{ application: ReiApplicationRecord }, V>,
      application: Pick<ReiApplicationRecord, 'id' | 'version'>,
      variables: Omit<V, keyof OnApplication>,
    ): Promise<ReiApplicationRecord> => {
      const { application: updated } = await graphql(document, {
        id: application.id,
        expectedVersion: application.version,
        ...variables,
      } as V);
      putRecord(updated);
      return updated;
    },
    [graphql, putRecord],
  );
}
