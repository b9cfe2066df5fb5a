import { SUBGRAPHS_ENV, subgraphsEnvValue } from '@sisa/kernel';
import { PLATFORM_SUBGRAPHS } from './subgraphs';

/** The services a container of the platform's image can run (`serve <service>`). */
export const SERVICES: readonly string[] = ['gateway', ...PLATFORM_SUBGRAPHS.map((s) => s.name)];

/**
 * The variable holding one service's database URL in a deployment's secret
 * (`SISA_REGISTRY_DATABASE_URL`); the service itself reads it as `DATABASE_URL`.
 */
export function serviceDatabaseUrlVariable(service: string): string {
  return `SISA_${service.toUpperCase()}_DATABASE_URL`;
}

/**
 * What a service started alone (a container) needs besides its deployment's variables and that
 * `npm start` would have set: the platform's subgraphs (`SISA_SUBGRAPHS`), unless given.
 */
export function standaloneEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env[SUBGRAPHS_ENV] ? {} : { [SUBGRAPHS_ENV]: subgraphsEnvValue(PLATFORM_SUBGRAPHS) };
}

/** The entry point of a service: the gateway's or its subgraph's compiled `main`. */
export function serviceEntryPoint(service: string): string {
  if (service === 'gateway') return require.resolve('@sisa/gateway/main');
  const subgraph = PLATFORM_SUBGRAPHS.find((s) => s.name === service);
  if (!subgraph)
    throw new Error(`Servizio sconosciuto: ${service} (previsti: ${SERVICES.join(', ')})`);
  return subgraph.main;
}
