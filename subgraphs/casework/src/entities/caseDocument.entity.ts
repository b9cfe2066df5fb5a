import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A file attached to a case (a report, a decree, a certificate): its bytes live in the data folder. */
export const CaseDocument = defineEntity({
  name: 'CaseDocument',
  tableName: 'case_document',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    caseId: p.uuid(),
    title: p.string().length(300),
    kind: p.string().length(64),
    fileName: p.string().length(255),
    contentType: p.string().length(100),
    size: p.bigint('number'),
    sha256: p.string().length(64),
    uploadedAt: p.datetime(),
    uploadedById: p.uuid(),
    uploadedBy: p.string().length(200),
  },
  indexes: [
    { name: 'case_document_tenant_case_index', properties: ['tenantId', 'caseId', 'uploadedAt'] },
  ],
});
export type CaseDocument = InferEntity<typeof CaseDocument>;
