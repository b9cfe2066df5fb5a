import {
  ForbiddenError,
  SubgraphClient,
  type ForwardedCaller,
  type SubgraphName,
} from '@sisa/kernel';
import { ReiOpenSocialCasesDocument } from '../generated/casework';

/** An open cartella sociale, as REI names it to people. */
export interface OpenSocialCase {
  id: string;
  number: string;
}

/**
 * Reads cartelle sociali from the casework subgraph with the caller's token (never its tables):
 * casework applies its own access rules, and lists a case's existence to any caseworker.
 */
export class CaseworkReader {
  private readonly client: SubgraphClient;

  constructor(urls: Partial<Record<SubgraphName, string>>) {
    this.client = new SubgraphClient('casework', urls);
  }

  /**
   * The open case of the applicant, else the oldest open case of the nucleo, else null. A caller
   * casework refuses (an API client without `casework:read`) gets a message saying what it lacks.
   */
  async openCaseOf(
    caller: ForwardedCaller,
    applicantId: string,
    householdId: string,
  ): Promise<OpenSocialCase | null> {
    try {
      const { ofApplicant, ofHousehold } = await this.client.request(
        caller,
        ReiOpenSocialCasesDocument,
        { subjectId: applicantId, householdId },
      );
      return ofApplicant.items[0] ?? ofHousehold.items[0] ?? null;
    } catch (error) {
      if (error instanceof ForbiddenError)
        throw new ForbiddenError(
          'Per sottoscrivere il progetto serve consultare le cartelle sociali (ambito casework:read)',
          'casework:read',
        );
      throw error;
    }
  }
}
