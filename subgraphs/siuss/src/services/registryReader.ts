import { SubgraphClient, type ForwardedCaller, type SubgraphName } from '@sisa/kernel';
import {
  SiussSubjectByFiscalCodeDocument,
  SiussSubjectsByIdsDocument,
  type SiussRegistrySubjectFragment,
} from '../generated/registry';

/** A subject as the registry answers SIUSS (`SiussRegistrySubject` in registryReader.graphql). */
export type RegistrySubjectWithId = SiussRegistrySubjectFragment;

/**
 * Reads subjects from the registry subgraph through its API with the caller's token (never its
 * tables). A registry that is down or absent leaves the records to be completed by hand.
 */
export class RegistryReader {
  private readonly client: SubgraphClient;
  constructor(urls: Partial<Record<SubgraphName, string>>) {
    this.client = new SubgraphClient('registry', urls);
  }

  async byFiscalCode(
    caller: ForwardedCaller,
    fiscalCode: string,
  ): Promise<RegistrySubjectWithId | null> {
    try {
      const data = await this.client.request(caller, SiussSubjectByFiscalCodeDocument, {
        fiscalCode,
      });
      return data.subjectByFiscalCode ?? null;
    } catch {
      return null;
    }
  }

  /** Subjects by id, 200 per call. */
  async byIds(
    caller: ForwardedCaller,
    ids: readonly string[],
  ): Promise<Map<string, RegistrySubjectWithId>> {
    const found = new Map<string, RegistrySubjectWithId>();
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      const data = await this.client.request(caller, SiussSubjectsByIdsDocument, { ids: chunk });
      for (const s of data.subjects.items) found.set(s.id, s);
    }
    return found;
  }
}
