import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** Query limits: deep enough for the console's nested reads, far from abusive. */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 5000 };

function reject(message: string) {
  return (context: ValidationContext | null) =>
    context?.reportError(
      new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
}

/** Validation rules that refuse too deep or too aliased operations with an Italian message. */
export const limitRules: ValidationRule[] = [
  maxDepthRule({
    n: QUERY_LIMITS.maxDepth,
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onReject: [reject(`Richiesta troppo annidata: profondità massima ${QUERY_LIMITS.maxDepth}`)],
  }),
  maxAliasesRule({
    n: QUERY_LIMITS.maxAliases,
    propagateOnRejection: false,
    onReject: [reject(`Troppi alias nella richiesta: al massimo ${QUERY_LIMITS.maxAliases}`)],
  }),
];
