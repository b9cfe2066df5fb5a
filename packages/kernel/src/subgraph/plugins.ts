import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { ReadAuditSettings } from '../audit/readAudit';
import { selectedFields } from '../audit/selectedFields';
import { beginTenantTransaction } from '../db/tenancy';
import { toDomainError } from '../errors';
import { noteTenantWrite } from '../indicators/tenantWrites';
import type { RequestContext } from './context';

type Ctx = RequestContext<unknown>;

function replaceWithError(
  requestContext: GraphQLRequestContextWillSendResponse<Ctx>,
  error: unknown,
) {
  const domain = toDomainError(error);
  const gql = domain
    ? domain.toGraphQLError()
    : new GraphQLError('Errore interno del server', {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
  if (!domain) requestContext.contextValue.logger.error({ err: error }, 'commit failed');
  requestContext.response.body = {
    kind: 'single',
    singleResult: { errors: [{ message: gql.message, extensions: gql.extensions }] },
  };
}

/** Whether every root field of the operation is a mutation declared to run without transaction. */
function runsWithoutTransaction(
  operation: OperationDefinitionNode | undefined,
  fields: ReadonlySet<string>,
): boolean {
  return (
    fields.size > 0 &&
    operation?.operation === 'mutation' &&
    operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && fields.has(s.name.value),
    )
  );
}

/** Writes the operation's `read_audit` row (when it returned records) before it commits. */
async function writeReadAudit(
  requestContext: GraphQLRequestContextWillSendResponse<Ctx>,
  schema: string,
  settings: ReadAuditSettings,
): Promise<void> {
  const ctx = requestContext.contextValue;
  const { operation, document } = requestContext;
  if (ctx.audit.isEmpty || !ctx.principal || !ctx.tenantId || !operation || !document) return;
  const fields = selectedFields(
    requestContext.schema,
    document,
    operation,
    settings.specialCategoryFields,
  );
  await ctx.audit.write(ctx.em, schema, {
    tenantId: ctx.tenantId,
    principal: ctx.principal,
    requestId: ctx.requestId,
    correlationId: ctx.correlationId ?? null,
    // The caller's own name (the gateway's plan names the fetch after it plus a suffix).
    operation: ctx.clientOperation ?? requestContext.operationName ?? null,
    rootFields: fields.roots,
    specialFields: fields.special,
  });
}

/**
 * One transaction per GraphQL operation: opened (and bound to the tenant) once the operation is
 * known, committed when it succeeds, rolled back when a mutation reports any error, so a failure
 * half-way leaves nothing half-written. Before the commit, the operation's read-audit row.
 * Mutations listed in `withoutTransaction` (only on their own) run without one.
 */
export function unitOfWorkPlugin(
  options: {
    /** The subgraph's schema, where its `read_audit` table is. */
    subgraph?: string;
    readAudit?: ReadAuditSettings;
    withoutTransaction?: readonly string[];
  } = {},
): ApolloServerPlugin<Ctx> {
  const schema = options.subgraph ?? '';
  const readAudit = options.readAudit;
  const untransacted = new Set(options.withoutTransaction ?? []);
  return {
    async requestDidStart() {
      // Another plugin's didResolveOperation may refuse the operation while the transaction is
      // still being opened: the answer then waits for it, so that it is closed, never leaked.
      let opening: Promise<void> | null = null;
      return {
        async didResolveOperation({ contextValue, operation }) {
          const ctx = contextValue;
          if (runsWithoutTransaction(operation, untransacted)) return;
          opening = beginTenantTransaction(ctx.em, ctx.tenantId, ctx.principal?.name ?? null, {
            readAudit: operation?.operation === 'query',
          }).then(() => {
            ctx.transactionOpen = true;
          });
          await opening;
        },
        async willSendResponse(requestContext) {
          const ctx = requestContext.contextValue;
          await (opening as Promise<void> | null)?.catch(() => undefined);
          if (!ctx.transactionOpen) return;
          ctx.transactionOpen = false;
          const body = requestContext.response.body;
          const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
          if (failed && requestContext.operation?.operation === 'mutation') {
            await ctx.em.rollback();
            return;
          }
          try {
            if (readAudit) await writeReadAudit(requestContext, schema, readAudit);
            await ctx.em.commit();
            if (requestContext.operation?.operation === 'mutation' && ctx.tenantId)
              noteTenantWrite(ctx.tenantId);
          } catch (error) {
            await ctx.em.rollback().catch(() => undefined);
            replaceWithError(requestContext, error);
          }
        },
      };
    },
  };
}

/** One JSON log line per operation: request id, tenant, user, operation, duration, error codes. */
export function requestLogPlugin(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, contextValue: ctx }) {
          const body = response.body;
          const errors =
            body.kind === 'single'
              ? (body.singleResult.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN')
              : [];
          ctx.logger.info(
            {
              tenantId: ctx.tenantId,
              userId: ctx.userId,
              operation: operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              ...(errors.length ? { errors } : {}),
            },
            'graphql',
          );
        },
      };
    },
  };
}
