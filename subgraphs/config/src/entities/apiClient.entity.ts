import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Scope } from '@sisa/kernel';

/** A third-party application of one tenant (OAuth2 client credentials). */
export const ApiClient = defineEntity({
  name: 'ApiClient',
  tableName: 'api_client',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    clientId: p.string().length(64).unique(),
    name: p.string().length(200),
    /** SHA-256 of the secret: secrets are 256 random bits, so a slow KDF adds nothing. */
    secretHash: p.string().length(64).hidden(),
    scopes: p.array().$type<Scope[]>(),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: p.string().length(64),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type ApiClient = InferEntity<typeof ApiClient>;
