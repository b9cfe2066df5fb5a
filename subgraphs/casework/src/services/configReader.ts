import { SubgraphClient, type ForwardedCaller, type SubgraphName } from '@sisa/kernel';
import { CaseworkAssessmentFormsDocument, CaseworkColleaguesDocument } from '../generated/config';

/**
 * What casework reads from the config subgraph with the caller's token: the comune's caseworkers
 * and supervisors (who may be the responsible of a case or on its équipe), and its assessment forms.
 */
export class ConfigReader {
  private readonly client: SubgraphClient;

  constructor(urls: Partial<Record<SubgraphName, string>>) {
    this.client = new SubgraphClient('config', urls);
  }

  /** The tenant's active caseworkers and supervisors: id → full name. */
  async caseworkers(caller: ForwardedCaller): Promise<ReadonlyMap<string, string>> {
    const { caseworkers } = await this.client.request(caller, CaseworkColleaguesDocument, {});
    return new Map(caseworkers.map((u) => [u.id, u.fullName]));
  }

  /** The tenant's assessment forms, each in its latest version. */
  async assessmentForms(caller: ForwardedCaller) {
    const { assessmentForms } = await this.client.request(
      caller,
      CaseworkAssessmentFormsDocument,
      {},
    );
    return assessmentForms;
  }
}
