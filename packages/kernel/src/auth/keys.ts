import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PEM-encoded Ed25519 key pair used to sign (config subgraph) and verify (everyone) tokens. */
export interface SigningKeyPem {
  publicKey: string;
  /** Only the issuer (config subgraph) needs it. */
  privateKey?: string;
}

/** A fresh Ed25519 key pair in PEM form. */
export function generateSigningKeyPem(): Required<SigningKeyPem> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey };
}

function fromEnv(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const file = env[`${name}_FILE`];
  if (file) return readFileSync(file, 'utf8');
  const value = env[name];
  return value ? value.replace(/\\n/g, '\n') : undefined;
}

/**
 * Reads the token keys: from `SISA_JWT_PUBLIC_KEY` / `SISA_JWT_PRIVATE_KEY` (or their `_FILE`
 * variants) when set, which production requires; otherwise from `<dataDir>/keys`, generating
 * them there on first use.
 */
export function loadSigningKeyPem(options: {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  needPrivate?: boolean;
}): SigningKeyPem {
  const env = options.env ?? process.env;
  const publicKey = fromEnv('SISA_JWT_PUBLIC_KEY', env);
  const privateKey = fromEnv('SISA_JWT_PRIVATE_KEY', env);
  if (publicKey && (privateKey || !options.needPrivate)) return { publicKey, privateKey };
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'In produzione le chiavi dei token vanno fornite con SISA_JWT_PUBLIC_KEY e SISA_JWT_PRIVATE_KEY',
    );
  }
  const dir = join(options.dataDir, 'keys');
  const publicPath = join(dir, 'jwt-ed25519.pub.pem');
  const privatePath = join(dir, 'jwt-ed25519.pem');
  if (!existsSync(publicPath) || !existsSync(privatePath)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pair = generateSigningKeyPem();
    writeFileSync(privatePath, pair.privateKey, { mode: 0o600, flag: 'wx' });
    writeFileSync(publicPath, pair.publicKey, { mode: 0o644, flag: 'wx' });
  }
  return {
    publicKey: readFileSync(publicPath, 'utf8'),
    privateKey: readFileSync(privatePath, 'utf8'),
  };
}
