import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The XSDs copied into the subgraph (see src/schemas/README.md). */
export const XSD = {
  PS_PSA_SINA: join(__dirname, '../src/schemas/PS_PSA_SINA201812.xsd'),
  SINBA: join(__dirname, '../src/schemas/SINBA.xsd'),
} as const;

/** Validates a file with `xmllint --schema`; returns xmllint's complaints, empty when valid. */
export function xmllintErrors(path: string, xsd: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--schema', xsd, path], { stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stderr?: Buffer; message: string };
    return e.stderr?.toString() || e.message;
  }
}

/** Validates XML text (written to a temporary file). */
export function xmllintErrorsOf(xml: string, xsd: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'siuss-xsd-')), 'flow.xml');
  writeFileSync(path, xml);
  return xmllintErrors(path, xsd);
}
