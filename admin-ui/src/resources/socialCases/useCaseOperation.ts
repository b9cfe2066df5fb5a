import { useCallback } from 'react';
import { usePutRecord } from '../../common/usePutRecord';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import type { TypedDocumentString } from '../../generated/graphql';
import type { SocialCaseRecord } from './types';

/**
 * Runs one of the operations on a case (suspend, close, reopen: each answering the whole case)
 * and shows its answer at once, in the page and the list.
 */
export function useCaseOperation() {
  const graphql = useGraphQL();
  const putRecord = usePutRecord('socialCases');
  return useCallback(
    async <V extends { id: string }>(
      document: TypedDocumentString<{ socialCase: SocialCaseRecord }, V>,
      variables: V,
    ): Promise<SocialCaseRecord> => {
      const { socialCase } = await graphql(document, ...([variables] as [V]));
      putRecord(socialCase);
      return socialCase;
    },
    [graphql, putRecord],
  );
}
