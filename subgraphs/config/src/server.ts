import {
  createSubgraph,
  parseSdlFiles,
  platformSubgraphs,
  TokenIssuer,
  type SubgraphModule,
  type SubgraphRuntime,
} from '@sisa/kernel';
import { ApiClient } from './entities/apiClient.entity';
import { AssessmentForm } from './entities/assessmentForm.entity';
import { AuditEvent } from './entities/auditEvent.entity';
import { FieldDefinition } from './entities/fieldDefinition.entity';
import { Indicator } from './entities/indicator.entity';
import { LoginRateLimit } from './entities/loginRateLimit.entity';
import { ParameterSet } from './entities/parameterSet.entity';
import { Session } from './entities/session.entity';
import { SupportGrant } from './entities/supportGrant.entity';
import { Tenant } from './entities/tenant.entity';
import { User } from './entities/user.entity';
import { ValueList } from './entities/valueList.entity';
import { ViewerResolvers } from './resolvers/Viewer';
import { mountOAuthRevocation, mountOAuthToken } from './http/oauthToken';
import { migrations } from './migrations';
import { AssessmentFormResolvers } from './resolvers/AssessmentForm';
import { AuditEventResolvers } from './resolvers/AuditEvent';
import { FieldDefinitionResolvers } from './resolvers/FieldDefinition';
import { IndicatorResolvers } from './resolvers/Indicator';
import { IndicatorMeasurementResolvers } from './resolvers/IndicatorMeasurement';
import { MutationResolvers } from './resolvers/Mutation';
import { ParameterSetResolvers } from './resolvers/ParameterSet';
import { QueryResolvers } from './resolvers/Query';
import { SupportGrantResolvers } from './resolvers/SupportGrant';
import { TenantResolvers } from './resolvers/Tenant';
import { TenantConfigurationResolvers } from './resolvers/TenantConfiguration';
import { UserResolvers } from './resolvers/User';
import { ValueListResolvers } from './resolvers/ValueList';
import { configSdlFiles } from './schema';
import { ClientTokenService } from './services/apiClients';
import { FieldUsageCounter } from './services/fieldUsage';
import { LoginLimiter } from './services/loginLimiter';
import { SessionService } from './services/sessions';
import type { ConfigServices } from './context';
import { CONFIG_SORTS } from './resolvers/sorts';

/** User sessions last a working day; API client tokens a quarter of an hour (revocation lag). */
const SESSION_TTL_SECONDS = Number(process.env.SISA_SESSION_TTL_SECONDS ?? 8 * 3600);
const CLIENT_TOKEN_TTL_SECONDS = Number(process.env.SISA_CLIENT_TOKEN_TTL_SECONDS ?? 900);

export const configEntities = [
  Tenant,
  User,
  ApiClient,
  AuditEvent,
  FieldDefinition,
  ValueList,
  AssessmentForm,
  Indicator,
  ParameterSet,
  Session,
  SupportGrant,
  LoginRateLimit,
];
export { migrations as configMigrations };
export { seedConfigDemo } from './seed/demo';
export { syncConfigReferenceData } from './referenceData';
export { hashPassword } from './domain/password';

export const configModule: SubgraphModule<ConfigServices> = {
  name: 'config',
  sorts: CONFIG_SORTS,
  // A getter: what config declares depends on the platform's subgraphs (SISA_SUBGRAPHS), known
  // when its schema is built, not when this module loads (the launcher loads it for migrations).
  get typeDefs() {
    return parseSdlFiles(configSdlFiles(platformSubgraphs()));
  },
  resolvers: [
    QueryResolvers,
    MutationResolvers,
    TenantResolvers,
    UserResolvers,
    FieldDefinitionResolvers,
    ValueListResolvers,
    AssessmentFormResolvers,
    IndicatorResolvers,
    IndicatorMeasurementResolvers,
    ParameterSetResolvers,
    TenantConfigurationResolvers,
    AuditEventResolvers,
    SupportGrantResolvers,
    ViewerResolvers,
  ],
  entities: configEntities,
  migrations,
  mutationsWithoutTransaction: ['login'],
  async createServices({ runtime, logger }) {
    if (!runtime.privateKeyPem)
      throw new Error('Il sottografo config richiede la chiave privata dei token');
    const issuer = await TokenIssuer.fromPem(runtime.privateKeyPem);
    const loginLimiter = new LoginLimiter(runtime.databaseUrl);
    return {
      sessions: new SessionService(issuer, SESSION_TTL_SECONDS, loginLimiter),
      clientTokens: new ClientTokenService(issuer, CLIENT_TOKEN_TTL_SECONDS),
      fieldUsage: new FieldUsageCounter(runtime.subgraphUrls, logger),
      loginLimiter,
    };
  },
  async disposeServices(services) {
    await services.loginLimiter.close();
  },
  routes(app, deps, services) {
    // Login throttling keys on the client's address: the gateway names it in X-Forwarded-For,
    // believed only from the addresses listed here (default: this machine, where the gateway runs).
    app.set('trust proxy', process.env.SISA_SUBGRAPH_TRUST_PROXY ?? 'loopback');
    mountOAuthToken(app, deps, services.clientTokens, services.loginLimiter);
    mountOAuthRevocation(app, deps, services.clientTokens, services.loginLimiter);
  },
};

/** Builds the config subgraph server (identity, tenants, configuration); it does not listen. */
export function createConfigServer(runtime: SubgraphRuntime) {
  return createSubgraph(configModule, runtime);
}
