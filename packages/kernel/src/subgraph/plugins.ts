import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ReadAuditSettings } from '../audit/readAudit';
import { selectedFields } from '../audit/selectedFields';
import { beginTenantTransaction } from '../db/tenancy';
import { toDomainError } from '../errors';
import { noteTenantWrite } from '../indicators/measurementCache';
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
    operation: requestContext.operationName ?? null,
    rootFields: fields.roots,
    specialFields: fields.special,
  });
}

/**
 * One transaction per GraphQL operation: opened (and bound to the tenant) once the operation is
 * known, committed when it succeeds, rolled back when a mutation reports any error, so a failure
 * half-way leaves nothing half-written. Before the commit, the operation's read-audit row.
 */
export function unitOfWorkPlugin(
  schema = '',
  readAudit?: ReadAuditSettings,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const ctx = contextValue;
          await beginTenantTransaction(ctx.em, ctx.tenantId, ctx.principal?.name ?? null, {
            readAudit: operation?.operation === 'query',
          });
          ctx.transactionOpen = true;
        },
        async willSendResponse(requestContext) {
          const ctx = requestContext.contextValue;
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
