/**
 * `npm run database-urls`: prints, as `NAME=value` lines, the database URL of each service's own
 * role, derived from `DATABASE_URL` (the server, as the administrator) and `SISA_DB_PASSWORD`
 * (the installation's secret). Containers run each service apart, with no launcher to hand out
 * the URLs: the lines go into the services' secret (`.env` for compose, a Secret in Kubernetes).
 * It connects to nothing.
 */
import { databaseLayout } from '../database/provision';
import { serviceDatabaseUrlVariable } from '../deployment';

function main() {
  const adminUrl = process.env.DATABASE_URL;
  const secret = process.env.SISA_DB_PASSWORD;
  if (!adminUrl || !secret)
    throw new Error('Servono DATABASE_URL (il server PostgreSQL) e SISA_DB_PASSWORD');
  const layout = databaseLayout(adminUrl, process.env.SISA_DB_NAME ?? 'sisa', secret);
  const urls: Record<string, string> = { ...layout.serviceUrls, gateway: layout.gatewayUrl };
  for (const [service, url] of Object.entries(urls))
    console.log(`${serviceDatabaseUrlVariable(service)}=${url}`);
}

try {
  main();
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}
