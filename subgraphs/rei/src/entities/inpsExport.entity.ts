import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A batch of applications sent to INPS: the file the operator uploads, and what it holds. */
export const InpsExport = defineEntity({
  name: 'InpsExport',
  tableName: 'inps_export',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: p.string().length(64),
    fileName: p.string().length(200),
    sizeBytes: p.integer(),
    sha256: p.string().length(64),
    applicationCount: p.integer(),
  },
  indexes: [{ properties: ['tenantId', 'createdAt'] }],
});
export type InpsExport = InferEntity<typeof InpsExport>;
