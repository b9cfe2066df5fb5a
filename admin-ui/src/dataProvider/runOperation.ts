import { gql, type ApolloClient } from '@apollo/client';
import { toContractHttpError } from './contractErrors';

/**
 * Runs one contract operation that is not a react-admin method (a `query` or a `mutation`),
 * with the same errors as the react-admin methods: BAD_USER_INPUT as form errors, 401 as an
 * ended session (react-admin's `useDataProvider` hands it to `authProvider.checkError`).
 */
export async function runOperation<T>(
  client: ApolloClient<unknown>,
  document: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const query = gql(document);
  const isMutation = /^\s*mutation\b/.test(document);
  try {
    const result = isMutation
      ? await client.mutate({ mutation: query, variables, fetchPolicy: 'no-cache' })
      : await client.query({ query, variables, fetchPolicy: 'no-cache' });
    return result.data as T;
  } catch (error) {
    // ApolloError carries graphQLErrors like ra-data-graphql's wrapped errors carry them in body.
    const apollo = error as { networkError?: { statusCode?: number } | null };
    throw toContractHttpError({ status: apollo.networkError?.statusCode, body: error });
  }
}
