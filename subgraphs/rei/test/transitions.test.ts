import { REI_STATUSES, type ReiStatus } from '../src/domain/statuses';
import {
  findTransition,
  reachableThrough,
  refusalOf,
  REI_TRANSITIONS,
} from '../src/domain/transitions';

describe('REI transition table', () => {
  it('creates applications only as DRAFT', () => {
    expect(findTransition(null, 'DRAFT', 'createReiApplication')).not.toBeNull();
    for (const status of REI_STATUSES.filter((s) => s !== 'DRAFT'))
      expect(findTransition(null, status, 'createReiApplication')).toBeNull();
  });

  it('lets the checks decide between DRAFT, CHECKS_PASSED and CHECKS_FAILED, and only before sending', () => {
    for (const from of ['DRAFT', 'CHECKS_PASSED', 'CHECKS_FAILED'] as ReiStatus[]) {
      expect(reachableThrough(from, 'runMunicipalChecks').sort()).toEqual([
        'CHECKS_FAILED',
        'CHECKS_PASSED',
        'DRAFT',
      ]);
      expect(reachableThrough(from, 'recordCheck').sort()).toEqual([
        'CHECKS_FAILED',
        'CHECKS_PASSED',
        'DRAFT',
      ]);
    }
    for (const from of [
      'SENT_TO_INPS',
      'ACCEPTED',
      'REJECTED',
      'SUSPENDED',
      'REVOKED',
      'ENDED',
    ] as ReiStatus[]) {
      expect(reachableThrough(from, 'runMunicipalChecks')).toEqual([]);
    }
  });

  it('sends to INPS only from CHECKS_PASSED', () => {
    const senders = REI_STATUSES.filter((s) => findTransition(s, 'SENT_TO_INPS', 'sendToInps'));
    expect(senders).toEqual(['CHECKS_PASSED']);
  });

  it('records INPS outcomes on sent applications, and a re-examination of a rejected one with a note', () => {
    expect(reachableThrough('SENT_TO_INPS', 'recordInpsOutcome').sort()).toEqual([
      'ACCEPTED',
      'REJECTED',
    ]);
    expect(findTransition('REJECTED', 'ACCEPTED', 'recordInpsOutcome')?.noteRequired).toBe(true);
    expect(findTransition('ACCEPTED', 'REJECTED', 'recordInpsOutcome')).toBeNull();
  });

  it('suspends, revokes and ends a running benefit by hand, always with a note', () => {
    expect(reachableThrough('ACCEPTED', 'transitionReiApplication').sort()).toEqual([
      'ENDED',
      'REVOKED',
      'SUSPENDED',
    ]);
    expect(reachableThrough('SUSPENDED', 'transitionReiApplication').sort()).toEqual([
      'ACCEPTED',
      'ENDED',
      'REVOKED',
    ]);
    for (const t of REI_TRANSITIONS.filter((t) => t.via === 'transitionReiApplication'))
      expect(t.noteRequired).toBe(true);
    expect(refusalOf('ACCEPTED', 'SUSPENDED', 'transitionReiApplication', '  ')).toBe(
      'Indicare una nota che motivi il cambio di stato',
    );
    expect(
      refusalOf('ACCEPTED', 'SUSPENDED', 'transitionReiApplication', 'ISEE scaduto'),
    ).toBeNull();
  });

  it('ends a running benefit when its last month passes, and nothing else', () => {
    expect(REI_STATUSES.filter((s) => findTransition(s, 'ENDED', 'lastMonthPassed'))).toEqual([
      'ACCEPTED',
      'SUSPENDED',
    ]);
  });

  it('keeps REVOKED and ENDED final', () => {
    for (const from of ['REVOKED', 'ENDED'] as ReiStatus[]) {
      expect(REI_TRANSITIONS.filter((t) => t.from?.includes(from))).toEqual([]);
    }
  });

  it('explains a refusal with the statuses still reachable', () => {
    expect(refusalOf('DRAFT', 'ACCEPTED', 'transitionReiApplication')).toBe(
      'Una domanda «In compilazione» non può diventare «Accolta»: in questo stato l’operazione non è ammessa',
    );
    expect(refusalOf('ACCEPTED', 'DRAFT', 'transitionReiApplication')).toBe(
      'Una domanda «Accolta» non può diventare «In compilazione»: con questa operazione può diventare solo «Sospesa», «Revocata (decadenza)», «Conclusa»',
    );
  });

  it('names only known statuses', () => {
    for (const t of REI_TRANSITIONS) {
      expect(REI_STATUSES).toContain(t.to);
      for (const from of t.from ?? []) expect(REI_STATUSES).toContain(from);
    }
  });
});
