import { REI_CHECKABLE_STATUSES as CHECKABLE } from '@sisa/rules';
import { STATUS_LABELS, type ReiStatus } from './statuses';

/** The operations that move an application between statuses. */
export type ReiAction =
  | 'createReiApplication'
  | 'updateReiApplication'
  | 'runMunicipalChecks'
  | 'recordCheck'
  | 'sendToInps'
  | 'recordInpsOutcome'
  | 'transitionReiApplication'
  | 'lastMonthPassed';

/** One allowed move: from any of `from` to `to` through `via`; `noteRequired` when a person must say why. */
export interface ReiTransition {
  from: readonly ReiStatus[] | null;
  to: ReiStatus;
  via: ReiAction;
  noteRequired?: boolean;
}

const RUNNING: readonly ReiStatus[] = ['ACCEPTED', 'SUSPENDED'];

/**
 * The lifecycle of docs/domain/REI.md as data: the server refuses every move not listed here.
 * - Checks may run again after any change; with a check still NOT_VERIFIABLE and none FAILED the
 *   application stays (or goes back to) DRAFT: it is neither passed nor failed yet.
 * - Editing the data of a checked application sends it back to DRAFT: its checks are stale.
 * - A REJECTED application may be accepted on re-examination (INPS msg. 1972/2018 re-examined
 *   ex officio the applications refused only on the family requirement), with a note.
 * - A suspension ends by resuming (back to ACCEPTED), by revocation or by the natural end.
 */
export const REI_TRANSITIONS: readonly ReiTransition[] = [
  { from: null, to: 'DRAFT', via: 'createReiApplication' },
  { from: CHECKABLE, to: 'DRAFT', via: 'updateReiApplication' },
  { from: CHECKABLE, to: 'DRAFT', via: 'runMunicipalChecks' },
  { from: CHECKABLE, to: 'CHECKS_PASSED', via: 'runMunicipalChecks' },
  { from: CHECKABLE, to: 'CHECKS_FAILED', via: 'runMunicipalChecks' },
  { from: CHECKABLE, to: 'DRAFT', via: 'recordCheck' },
  { from: CHECKABLE, to: 'CHECKS_PASSED', via: 'recordCheck' },
  { from: CHECKABLE, to: 'CHECKS_FAILED', via: 'recordCheck' },
  { from: ['CHECKS_PASSED'], to: 'SENT_TO_INPS', via: 'sendToInps' },
  { from: ['SENT_TO_INPS'], to: 'ACCEPTED', via: 'recordInpsOutcome' },
  { from: ['SENT_TO_INPS'], to: 'REJECTED', via: 'recordInpsOutcome' },
  { from: ['REJECTED'], to: 'ACCEPTED', via: 'recordInpsOutcome', noteRequired: true },
  { from: ['ACCEPTED'], to: 'SUSPENDED', via: 'transitionReiApplication', noteRequired: true },
  { from: ['SUSPENDED'], to: 'ACCEPTED', via: 'transitionReiApplication', noteRequired: true },
  { from: RUNNING, to: 'REVOKED', via: 'transitionReiApplication', noteRequired: true },
  { from: RUNNING, to: 'ENDED', via: 'transitionReiApplication', noteRequired: true },
  { from: RUNNING, to: 'ENDED', via: 'lastMonthPassed' },
];

/** The rule that allows `from → to` through `via`, or null when the move is illegal. */
export function findTransition(
  from: ReiStatus | null,
  to: ReiStatus,
  via: ReiAction,
): ReiTransition | null {
  return (
    REI_TRANSITIONS.find(
      (t) =>
        t.via === via &&
        t.to === to &&
        (t.from === null ? from === null : from !== null && t.from.includes(from)),
    ) ?? null
  );
}

/** The statuses an application in `from` may reach through `via`. */
export function reachableThrough(from: ReiStatus, via: ReiAction): ReiStatus[] {
  return REI_TRANSITIONS.filter((t) => t.via === via && t.from?.includes(from)).map((t) => t.to);
}

/** Why `from → to` through `via` is refused, in words a caseworker understands (null when allowed). */
export function refusalOf(
  from: ReiStatus,
  to: ReiStatus,
  via: ReiAction,
  note?: string | null,
): string | null {
  const rule = findTransition(from, to, via);
  if (rule)
    return rule.noteRequired && !note?.trim()
      ? 'Indicare una nota che motivi il cambio di stato'
      : null;
  const reachable = reachableThrough(from, via);
  const what = `Una domanda «${STATUS_LABELS[from]}» non può diventare «${STATUS_LABELS[to]}»`;
  if (reachable.length === 0) return `${what}: in questo stato l\u2019operazione non è ammessa`;
  return `${what}: con questa operazione può diventare solo ${reachable.map((s) => `«${STATUS_LABELS[s]}»`).join(', ')}`;
}
