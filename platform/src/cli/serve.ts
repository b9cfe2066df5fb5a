/**
 * `node platform/dist/cli/serve.js <service>`: runs one service of the platform in this process
 * (the container image's entry point; `SISA_SERVICE` when no argument). Its environment comes
 * from the deployment: `DATABASE_URL` (its own role's), `SISA_<NAME>_URL` of the subgraphs,
 * `PORT`, `HOST`, the token keys, `SISA_METRICS_PORT`.
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { dirname, join } from 'node:path';
import { serviceEntryPoint, standaloneEnvironment } from '../deployment';

const service = process.argv[2] ?? process.env.SISA_SERVICE;
if (!service) {
  console.error('✖ Indicare il servizio: serve <gateway|config|registry|rei|siuss|casework>');
  process.exit(2);
}
Object.assign(process.env, standaloneEnvironment(process.env));
if (service === 'gateway' && !process.env.SISA_ADMIN_UI_DIR) {
  try {
    process.env.SISA_ADMIN_UI_DIR = join(
      dirname(require.resolve('@sisa/admin-ui/package.json')),
      'dist',
    );
  } catch {
    // An image without the console serves the API alone.
  }
}
try {
  // The entry point is known only now, from the command line.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(serviceEntryPoint(service));
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(2);
}
