/**
 * CPU that the gateway's scalar check (`scalarInputGuardPlugin`) adds to a request: a subject with
 * its REI applications and SIUSS benefits, asked with variables (a Date, a DateTime range, a
 * Decimal filter) and with a literal; the API schema is the committed supergraph's, as the gateway
 * builds it. Per request the plugin walks the variables of the types that can hold the kernel's
 * scalars; the literals' errors are computed once per document (first figure) and then reused.
 *
 *   npm run build && NODE_ENV=production npx tsx bench/scalarInputs.ts [iterations=100000]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { scalarInputErrors } from '@sisa/kernel';
import { parse, type OperationDefinitionNode } from 'graphql';

const ITERATIONS = Number(process.argv[2] ?? 100_000);

const QUERY = `query Dossier($fc: String!, $on: Date, $f: SubjectAccessFilter, $b: SocialBenefitFilter) {
  subjectByFiscalCode(fiscalCode: $fc) {
    id fiscalCode firstName lastName birthDate customFields
    households { id isee(on: $on) { isee isr equivalenceScale validUntil } }
    reiApplications { id protocolNumber status submittedAt benefit { monthlyAmount } }
    socialBenefits { id serviceCode amount monthlyAmount startDate }
  }
  subjectAccessLog(filter: $f) { total }
  socialBenefits(filter: $b, perPage: 25) { total items { id amount startDate } }
  reiApplications(filter: { submittedFrom: "2026-01-01" }) { total }
}`;

const VARIABLES = {
  fc: 'RSSGLI80B41H501V',
  on: '2026-12-07',
  f: { from: '2026-12-01T00:00:00Z', to: '2026-12-07T23:59:59+01:00' },
  b: { from: '2026-01-01', to: '2026-12-31', ids: ['a', 'b', 'c'] },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const supergraphSdl = readFileSync(
    join(__dirname, '..', 'gateway', 'supergraph.graphql'),
    'utf8',
  );
  const gateway = new ApolloGateway({ supergraphSdl });
  const { schema } = await gateway.load();
  const document = parse(QUERY);
  const operation = document.definitions[0] as OperationDefinitionNode;

  let start = process.cpuUsage();
  const firstErrors = scalarInputErrors(schema, document, operation, VARIABLES);
  const first = process.cpuUsage(start);
  if (firstErrors.length) throw new Error(`unexpected errors: ${JSON.stringify(firstErrors)}`);
  const literals = scalarInputErrors(schema, document, operation, {});

  for (let i = 0; i < 10_000; i++)
    scalarInputErrors(schema, document, operation, VARIABLES, literals);
  const samples: number[] = [];
  start = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) {
    const t = process.hrtime.bigint();
    scalarInputErrors(schema, document, operation, VARIABLES, literals);
    samples.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  const cpu = process.cpuUsage(start);
  samples.sort((a, b) => a - b);
  console.log(
    `first time for the document (literals walked): ${((first.user + first.system) / 1000).toFixed(2)} ms CPU`,
  );
  console.log(
    `per request (variables walked, literals cached), ${ITERATIONS} runs: ` +
      `${((cpu.user + cpu.system) / ITERATIONS).toFixed(2)} µs CPU on average, ` +
      `p50 ${percentile(samples, 50).toFixed(2)} µs, p95 ${percentile(samples, 95).toFixed(2)} µs, p99 ${percentile(samples, 99).toFixed(2)} µs`,
  );
  await gateway.stop();
}

void main();
