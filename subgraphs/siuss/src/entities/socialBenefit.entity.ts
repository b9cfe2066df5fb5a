import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CustomFieldValues } from '@sisa/kernel';
import type { BenefitData, SinaData, SinbaData, ValidationIssue } from '../domain/benefit';
import type {
  BenefitCharacter,
  BenefitSource,
  MeansTest,
  SocialBenefitStatus,
  UserArea,
} from '../domain/codes';
import { duplicateMarkerSql, naturalKeySql } from '../domain/naturalKey';

const NATURAL_KEY_INDEX = [...naturalKeySql(''), duplicateMarkerSql('')].map((e) =>
  /^"[a-z_]+"$/.test(e) ? e : `(${e})`,
);

/**
 * A benefit record (prestazione sociale) owed to INPS: the beneficiary as the comune knows them
 * and every attribute of PrestazioniSociali, SINA and SINBA data included. `issues` and `status`
 * are recomputed on every change. `pendingCancellation` holds what INPS received for a record
 * that changed (or was cancelled) after its transmission: the next transmission sends it back
 * with TipoOperazione="C" before the new insert.
 */
export const SocialBenefit = defineEntity({
  name: 'SocialBenefit',
  tableName: 'social_benefit',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    version: p.integer(),
    status: p.string().length(16).$type<SocialBenefitStatus>(),
    source: p.string().length(8).$type<BenefitSource>(),
    /** REI intervention id, or import job id and row: what made the record. */
    sourceId: p.string().length(80).nullable(),
    fiscalCode: p.string().length(32),
    lastName: p.string().length(100).nullable(),
    firstName: p.string().length(100).nullable(),
    birthYear: p.integer().nullable(),
    birthPlaceCode: p.string().length(8).nullable(),
    sex: p.string().length(1).$type<'M' | 'F'>().nullable(),
    citizenshipCode: p.string().length(8).nullable(),
    secondCitizenshipCode: p.string().length(8).nullable(),
    regionCode: p.string().length(8).nullable(),
    municipalityCode: p.string().length(8).nullable(),
    countryCode: p.string().length(8).nullable(),
    meansTest: p.string().length(16).$type<MeansTest>(),
    character: p.string().length(16).$type<BenefitCharacter>(),
    serviceCode: p.string().length(16),
    serviceName: p.string().length(250),
    requestProtocol: p.string().length(64),
    eventDate: p.date().nullable(),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
    paymentDate: p.date().nullable(),
    amount: p.decimal().precision(12).scale(2).nullable(),
    monthlyAmount: p.decimal().precision(12).scale(2).nullable(),
    months: p.integer().nullable(),
    entityShare: p.decimal().precision(12).scale(2).nullable(),
    userShare: p.decimal().precision(12).scale(2).nullable(),
    healthServiceShare: p.decimal().precision(12).scale(2).nullable(),
    requestedShare: p.decimal().precision(12).scale(2).nullable(),
    iseeThreshold: p.decimal().precision(12).scale(2).nullable(),
    monthlyHours: p.decimal().precision(8).scale(2).nullable(),
    takenInCharge: p.boolean(),
    userArea: p.string().length(32).$type<UserArea>().nullable(),
    dsuProtocol: p.string().length(64).nullable(),
    dsuYear: p.integer().nullable(),
    dsuDate: p.date().nullable(),
    sina: p.json<SinaData>().nullable(),
    sinba: p.json<SinbaData>().nullable(),
    customFields: p.json<CustomFieldValues>(),
    issues: p.json<ValidationIssue[]>(),
    pendingCancellation: p.json<BenefitData>().nullable(),
    transmissionId: p.uuid().nullable(),
    transmittedAt: p.datetime().nullable(),
    sinbaTransmittedVersion: p.integer().nullable(),
    inpsOutcome: p.string().length(16).nullable(),
    inpsOutcomeReason: p.string().length(500).nullable(),
    inpsOutcomeAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    updatedAt: p.datetime(),
    /**
     * The order of the record's last change, numbered by PostgreSQL (default and trigger; see
     * the change-order migration): what a transmission's watermark is compared with.
     */
    changeSeq: p.bigint('number').autoincrement().lazy(),
    updatedBy: p.string().length(200),
    /**
     * Set on a record found to have the natural key of an older one (domain/naturalKey.ts) when
     * the key became unique: the record kept. Such a record stays for the operator, outside the
     * key, and is never sent (only its cancellation, if INPS has it).
     */
    duplicateOf: p.uuid().nullable(),
  },
  // Lists sort and filter within a tenant: every index starts with tenant_id.
  indexes: [
    { name: 'social_benefit_tenant_created_index', properties: ['tenantId', 'createdAt', 'id'] },
    { name: 'social_benefit_tenant_status_index', properties: ['tenantId', 'status', 'createdAt'] },
    {
      name: 'social_benefit_tenant_duplicate_index',
      expression: `create index "social_benefit_tenant_duplicate_index" on "siuss"."social_benefit" ("tenant_id", "duplicate_of") where "duplicate_of" is not null`,
    },
    { name: 'social_benefit_tenant_service_index', properties: ['tenantId', 'serviceCode'] },
    { name: 'social_benefit_tenant_start_index', properties: ['tenantId', 'startDate'] },
    { name: 'social_benefit_tenant_payment_index', properties: ['tenantId', 'paymentDate'] },
    {
      // What changed since a transmission (its watermark), by status: the range is read whether or
      // not the statistics know the newest numbers yet.
      name: 'social_benefit_tenant_status_change_index',
      properties: ['tenantId', 'status', 'changeSeq'],
    },
    {
      // Searched through siuss.social_benefit_ids_with_custom_fields (see the bulk migration).
      name: 'social_benefit_tenant_custom_fields_gin',
      expression: `create index "social_benefit_tenant_custom_fields_gin" on "siuss"."social_benefit" using gin ("tenant_id", "custom_fields" jsonb_path_ops) where "custom_fields" <> '{}'::jsonb`,
    },
  ],
  uniques: [
    {
      // One record per natural key (see the natural-key migration); it starts with the fiscal
      // code: a person's records, and the order in which a transmission writes them.
      name: 'social_benefit_natural_key',
      expression: `create unique index "social_benefit_natural_key" on "siuss"."social_benefit" (${NATURAL_KEY_INDEX.join(', ')})`,
    },
    {
      // A REI intervention becomes one record per tenant.
      name: 'social_benefit_rei_source_unique',
      expression: `create unique index "social_benefit_rei_source_unique" on "siuss"."social_benefit" ("tenant_id", "source_id") where "source" = 'REI'`,
    },
  ],
});
export type SocialBenefit = InferEntity<typeof SocialBenefit>;
