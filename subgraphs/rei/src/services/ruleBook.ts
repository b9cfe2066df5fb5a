import { BadUserInputError, type ConfigClient, type ForwardedCaller } from '@sisa/kernel';
import { date } from '../domain/italianText';
import {
  parameterSetFor,
  readReiParameterSet,
  type ReiDeadlineParameters,
  type ReiParameters,
} from '../domain/parameters';

/**
 * The REI rule sets, read from the config subgraph's dated parameter sets (cached there and
 * dropped when they change). Each set is checked whole before use.
 */
export class ReiRuleBook {
  /** Read once per list the config client hands out (it keeps the same list until a change). */
  private readonly read = new WeakMap<object, ReiParameters[]>();

  constructor(private readonly config: ConfigClient) {}

  async all(caller: ForwardedCaller): Promise<ReiParameters[]> {
    const sets = await this.config.parameterSets(caller, 'REI');
    const known = this.read.get(sets);
    if (known) return known;
    const rules = sets.map((s) =>
      readReiParameterSet({
        code: s.code,
        validFrom: s.validFrom,
        validTo: s.validTo,
        values: s.values,
      }),
    );
    this.read.set(sets, rules);
    return rules;
  }

  /** The rules in force on `day`; a field error on `field` when none is. */
  async forDate(caller: ForwardedCaller, day: string, field: string): Promise<ReiParameters> {
    const rules = parameterSetFor(await this.all(caller), day);
    if (!rules)
      throw BadUserInputError.field(field, `Nessuna regola REI in vigore al ${date(day)}`);
    return rules;
  }

  /** The rules' deadlines in the tenant's calendar (its patron saint is not a working day). */
  async deadlinesFor(
    caller: ForwardedCaller,
    tenantId: string,
    rules: ReiParameters,
  ): Promise<ReiDeadlineParameters> {
    const { patronSaintDay } = await this.config.forTenant(caller, tenantId);
    return { ...rules.deadlines, patronSaintDay };
  }

  /** The rules with `code` (the ones an application was checked with). */
  async byCode(caller: ForwardedCaller, code: string): Promise<ReiParameters | null> {
    return (await this.all(caller)).find((r) => r.code === code) ?? null;
  }
}
