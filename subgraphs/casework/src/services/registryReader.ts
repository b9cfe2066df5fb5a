import { SubgraphClient, type ForwardedCaller, type SubgraphName } from '@sisa/kernel';
import {
  CaseworkHouseholdMembersDocument,
  CaseworkSubjectExistsDocument,
} from '../generated/registry';

/**
 * Reads from the registry subgraph with the caller's token (never its tables): the registry
 * applies its own access rules and tenant, so a subject of another comune is simply not found.
 */
export class RegistryReader {
  private readonly client: SubgraphClient;

  constructor(urls: Partial<Record<SubgraphName, string>>) {
    this.client = new SubgraphClient('registry', urls);
  }

  /** Whether the subject is in the caller's registry. */
  async subjectExists(caller: ForwardedCaller, id: string): Promise<boolean> {
    const { subject } = await this.client.request(caller, CaseworkSubjectExistsDocument, { id });
    return subject !== null && subject !== undefined;
  }

  /** The subjects of a household of the caller's registry, or null when there is no such household. */
  async householdMembers(caller: ForwardedCaller, id: string): Promise<ReadonlySet<string> | null> {
    const { household } = await this.client.request(caller, CaseworkHouseholdMembersDocument, {
      id,
    });
    return household ? new Set(household.members.map((m) => m.subject.id)) : null;
  }
}
