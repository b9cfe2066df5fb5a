import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A comune served by the platform. Platform-level (not tenant-owned): every tenant row is public metadata. */
export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: p.uuid().primary(),
    code: p.string().length(6).unique(),
    belfioreCode: p.string().length(4).unique(),
    name: p.string().length(200),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** The patron saint's day (`MM-DD`): not a working day in the comune. */
    patronSaintDay: p.string().length(5).nullable(),
    /** Origins (`https://…`) whose web pages may call the API with this tenant's tokens (CORS). */
    allowedOrigins: p.array().default([]),
    /** Grows on every change of the tenant's configuration (fields, lists, indicators). */
    configVersion: p.integer().default(0),
  },
});
export type Tenant = InferEntity<typeof Tenant>;
