/** A household as the console reads it (dataProvider/registryOperations.ts). */
export interface HouseholdMemberRecord {
  relationship: string;
  since: string | null;
  until: string | null;
  subject: {
    id: string;
    fiscalCode: string;
    firstName: string;
    lastName: string;
    birthDate: string;
  };
}

export interface IseeRecord {
  id: string;
  dsuProtocol?: string;
  dsuDate: string;
  kind: 'ORDINARY' | 'MINORS' | 'CURRENT';
  validUntil: string;
  isee: string;
  isr?: string;
  isre?: string;
  equivalenceScale?: string;
  realEstateAssets?: string;
  movableAssets?: string;
  householdSize?: number;
  recordedAt?: string;
  recordedBy?: string;
}

export interface HouseholdRecord {
  id: string;
  version: number;
  customFields: Record<string, unknown>;
  createdAt: string;
  members: HouseholdMemberRecord[];
  memberHistory?: HouseholdMemberRecord[];
  isee: IseeRecord | null;
  iseeHistory?: IseeRecord[];
}
