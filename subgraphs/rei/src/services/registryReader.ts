import { SubgraphClient, type ForwardedCaller, type SubgraphName } from '@sisa/kernel';
import type { HouseholdData, HouseholdMember, IseeAttestation } from '../domain/household';
import { ReiHouseholdDocument } from '../generated/registry';

/**
 * Reads households, members and ISEE attestations from the registry subgraph with the caller's
 * token (never its tables): the registry applies its own access rules and tenant.
 */
export class RegistryReader {
  private readonly client: SubgraphClient;

  constructor(urls: Partial<Record<SubgraphName, string>>) {
    this.client = new SubgraphClient('registry', urls);
  }

  /** The household with its members on `on` and every ISEE attestation, or null when unknown. */
  async household(caller: ForwardedCaller, id: string, on: string): Promise<HouseholdData | null> {
    const { household } = await this.client.request(caller, ReiHouseholdDocument, { id, on });
    if (!household) return null;
    const members: HouseholdMember[] = household.members
      .filter((m) => !m.until || m.until > on)
      .map((m) => ({
        subjectId: m.subject.id,
        fiscalCode: m.subject.fiscalCode,
        firstName: m.subject.firstName,
        lastName: m.subject.lastName,
        sex: m.subject.sex,
        birthDate: m.subject.birthDate,
        citizenshipCode: m.subject.citizenshipCode,
        relationship: m.relationship,
        since: m.since,
      }));
    const byId = new Map<string, IseeAttestation>();
    for (const a of [...(household.iseeHistory ?? []), ...(household.isee ? [household.isee] : [])])
      byId.set(a.id, a);
    return { id: household.id, members, iseeHistory: [...byId.values()] };
  }
}
