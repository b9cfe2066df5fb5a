import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * How big one GraphQL operation may be. `maxDepth` counts fields (the leaf too; fragments add no
 * depth), `maxAliases` the aliases in the whole document, `maxTokens` the lexer's tokens (checked
 * while parsing, before anything else), `maxCost` graphql-armor's cost: 1 per scalar, 2 per object
 * field, each level below weighing 1.5 times the one above, so that wide and deep fan-outs
 * (subjects → households → members → subject …) add up long before they reach the database.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
}

/**
 * What a client may send to the gateway. The console's costliest read (measured over the
 * browser tests and the registry's end-to-end tests) costs about 420 and is 5 fields deep; one chain of subjects →
 * households → members → subject 12 fields deep costs about 430, thirty of them 12,900.
 */
export const QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 2000,
};

/**
 * What a subgraph accepts, from the gateway or from anyone who reaches its port. The gateway's
 * query plans stay within the client's limits (an `_entities` fetch is never deeper than the
 * client's query, and representations are variables, not tokens), plus the key fields and
 * `__typename`s the planner adds: some room for those, nothing more.
 */
export const SUBGRAPH_QUERY_LIMITS: QueryLimits = {
  maxDepth: QUERY_LIMITS.maxDepth + 1,
  maxAliases: QUERY_LIMITS.maxAliases + 10,
  maxTokens: QUERY_LIMITS.maxTokens * 2,
  maxCost: QUERY_LIMITS.maxCost * 1.5,
};

function reject(message: string) {
  return (context: ValidationContext | null) =>
    context?.reportError(
      new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
}

/**
 * Validation rules that refuse too deep, too aliased or too costly operations with an Italian
 * message (the token limit is `parseOptions: { maxTokens }`, see `queryParseOptions`).
 */
export function queryLimitRules(limits: QueryLimits = QUERY_LIMITS): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reject(`Richiesta troppo annidata: profondità massima ${limits.maxDepth}`)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject(`Troppi alias nella richiesta: al massimo ${limits.maxAliases}`)],
    }),
    costLimitRule({
      maxCost: limits.maxCost,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        reject(
          `Richiesta troppo costosa: costo massimo ${limits.maxCost} (meno campi annidati o alias)`,
        ),
      ],
    }),
  ];
}

/** Apollo Server's `parseOptions`: the document is refused while being read past `maxTokens`. */
export function queryParseOptions(limits: QueryLimits = QUERY_LIMITS): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}
