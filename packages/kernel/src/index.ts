/**
 * @sisa/kernel — what every subgraph shares: server bootstrap, auth context, tenancy, database,
 * errors, GraphQL scalars and helpers, service clients.
 */
export * from './errors';
export * from './logging';
export * from './logRedaction';
export * from './auth/principal';
export * from './auth/keys';
export * from './auth/tokens';
export * from './auth/access';
export * from './auth/sessions';
export * from './auth/challenge';
export * from './auth/jwks';
export * from './graphql/scalars';
export * from './graphql/schema';
export * from './graphql/pagination';
export * from './graphql/pageArgsGuard';
export * from './db/orm';
export * from './db/tenancy';
export * from './db/tenantPolicies';
export * from './db/selectEntities';
export * from './db/uuid';
export * from './http/serviceClient';
export * from './subgraph/context';
export * from './subgraph/createSubgraph';
export * from './subgraph/runtime';
export * from './subgraph/manifest';
export * from './demo';
export * from './demoFamilies';
export * from './http/closeServer';
export * from './http/uploadSize';
export * from './http/fileRoutes';
export * from './customFields';
export * from './indicators';
export * from './config/configClient';
export * from './config/customFieldsResolver';
export * from './graphql/limits';
export * from './graphql/introspection';
export * from './graphql/inputShape';
export * from './graphql/nulBytes';
export * from './graphql/scalarInputs';
export * from './http/hardening';
export * from './audit/readAudit';
export * from './audit/readAuditTable';
export * from './subgraph/requestIds';
export * from './audit/readAuditLog';
export * from './partialUpdate';
