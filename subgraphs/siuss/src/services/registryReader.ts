import { SubgraphClient, type ForwardedCaller, type SubgraphName } from '@sisa/kernel';
import type { RegistrySubject } from './benefitInput';

const FIELDS =
  'id fiscalCode firstName lastName sex birthDate birthPlaceCode citizenshipCode residence { municipalityCode regionCode countryCode }';

export type RegistrySubjectWithId = RegistrySubject & { id: string };

/**
 * Reads subjects from the registry subgraph through its API with the caller's token (never its
 * tables). A registry that is down or absent leaves the records to be completed by hand.
 */
export class RegistryReader {
  private readonly client: SubgraphClient;
  constructor(urls: Partial<Record<SubgraphName, string>>) {
    this.client = new SubgraphClient('registry', urls);
  }

  async byFiscalCode(caller: ForwardedCaller, fiscalCode: string): Promise<RegistrySubject | null> {
    try {
      const data = await this.client.request<{ subjectByFiscalCode: RegistrySubject | null }>(
        caller,
        `query($fiscalCode: String!) { subjectByFiscalCode(fiscalCode: $fiscalCode) { ${FIELDS} } }`,
        { fiscalCode },
      );
      return data.subjectByFiscalCode;
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
      const data = await this.client.request<{ subjects: { items: RegistrySubjectWithId[] } }>(
        caller,
        `query($ids: [ID!]!) { subjects(filter: { ids: $ids }, perPage: 200) { items { ${FIELDS} } } }`,
        { ids: chunk },
      );
      for (const s of data.subjects.items) found.set(s.id, s);
    }
    return found;
  }
}
