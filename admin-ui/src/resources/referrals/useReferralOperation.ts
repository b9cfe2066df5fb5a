import { useCallback } from 'react';
import { usePutRecord } from '../../common/usePutRecord';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import type { TypedDocumentString } from '../../generated/graphql';
import type { ReferralRecord } from './types';

/**
 * Runs one of the operations on a referral (operations/casework.graphql: triage, link a subject,
 * each answering the whole referral) and shows its answer at once, in the page and the inbox.
 */
export function useReferralOperation() {
  const graphql = useGraphQL();
  const putRecord = usePutRecord('referrals');
  return useCallback(
    async <V extends { id: string }>(
      document: TypedDocumentString<{ referral: ReferralRecord }, V>,
      variables: V,
    ): Promise<ReferralRecord> => {
      const { referral } = await graphql(document, ...([variables] as [V]));
      putRecord(referral);
      return referral;
    },
    [graphql, putRecord],
  );
}
