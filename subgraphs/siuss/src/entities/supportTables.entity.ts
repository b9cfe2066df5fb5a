import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// Tables written only with plain SQL (bulk paths), declared so migrations know them.

/** Every rejected row of an import, for the CSV of rejects. */
export const ImportRejection = defineEntity({
  name: 'ImportRejection',
  tableName: 'import_rejection',
  properties: {
    jobId: p.uuid().primary(),
    rowNumber: p.integer().primary(),
    tenantId: p.uuid(),
    reasons: p.text(),
    /** The row's cells as in the file. */
    cells: p.json<unknown[]>().nullable(),
  },
});
export type ImportRejection = InferEntity<typeof ImportRejection>;

/** The tenant's key for SINBA pseudonyms. */
export const TenantSecret = defineEntity({
  name: 'TenantSecret',
  tableName: 'tenant_secret',
  properties: {
    tenantId: p.uuid().primary(),
    sinbaKey: p.blob(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
});
export type TenantSecret = InferEntity<typeof TenantSecret>;

/** The last daily progressive used in flow file names. */
export const FileCounter = defineEntity({
  name: 'FileCounter',
  tableName: 'file_counter',
  properties: {
    tenantId: p.uuid().primary(),
    flow: p.string().length(16).primary(),
    day: p.date().primary(),
    last: p.integer(),
  },
});
export type FileCounter = InferEntity<typeof FileCounter>;
