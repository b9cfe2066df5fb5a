import { createPublicKey } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, importSPKI, type JWK } from 'jose';

/** The public signing key as a JSON Web Key (RFC 7517), its `kid` the RFC 7638 thumbprint. */
export async function publicSigningJwk(publicKeyPem: string): Promise<JWK> {
  const key = await importSPKI(publicKeyPem, 'EdDSA', { extractable: true });
  const jwk = await exportJWK(key);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'EdDSA', use: 'sig' };
}

/** The `kid` of the key pair a private key (PEM) belongs to: the thumbprint of its public half. */
export async function signingKeyIdOfPrivate(privateKeyPem: string): Promise<string> {
  const publicPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' });
  return (await publicSigningJwk(publicPem.toString())).kid!;
}
