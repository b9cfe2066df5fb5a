import { ImportJob, ImportLayout } from './importJob.entity';
import { ReadAuditRow } from './readAudit.entity';
import { SocialBenefit } from './socialBenefit.entity';
import { FileCounter, ImportRejection, TenantSecret } from './supportTables.entity';
import { Transmission, TransmissionFile, TransmissionItem } from './transmission.entity';

export const siussEntities = [
  SocialBenefit,
  Transmission,
  TransmissionFile,
  TransmissionItem,
  ImportJob,
  ImportLayout,
  ImportRejection,
  TenantSecret,
  FileCounter,
  ReadAuditRow,
];
