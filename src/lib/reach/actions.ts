/** Everything a community acts on: its decisions, current and past, with where each stands on a day. */
import { compareDecisions, compareText } from '../order.ts';
import type { Decision } from '../schema/decision.ts';
import { decisionWindow, inForceOn } from './decision-window.ts';
import { assertDay } from './day.ts';
import { compareSameTarget } from './prepare.ts';
import type { Community } from './state.ts';

/**
 * Where a decision stands on a day: `in-force` (surely), `uncertain` (its reduced-precision or "on or before"
 * dates leave it open), `lifted` (surely ended), or `not-yet` (surely not begun).
 */
export type ActionStatus = 'in-force' | 'uncertain' | 'lifted' | 'not-yet';

/** One decision of a community, with where it stands. */
export interface Action {
  /** What it acts on as shown: the domain, or the published pattern of an unresolved obfuscated entry. */
  target: string;
  /** The domain acted on; absent while an obfuscated target is unresolved (such an entry matches no domain). */
  domain?: string;
  /** The decision as curated. */
  decision: Decision;
  /** Where it stands on the day asked about. */
  status: ActionStatus;
}

/** Where one decision stands on a day. */
export function actionStatus(decision: Pick<Decision, 'since' | 'until'>, day: string): ActionStatus {
  const span = decisionWindow(decision);
  const now = inForceOn(span, day);
  if (now === 'in') return 'in-force';
  if (now === 'maybe') return 'uncertain';
  return span.possiblyUntil !== undefined && span.possiblyUntil <= day ? 'lifted' : 'not-yet';
}

/**
 * Every decision of a community, lifted ones and unresolved obfuscated ones included, with where each stands on
 * `day`, in the canonical order of decisions (target, then since, then severity).
 */
export function communityActions(community: Community, day: string): Action[] {
  assertDay(day);
  return [...community.blocks].sort((a, b) => compareDecisions(a, b) || compareSameTarget(a, b)).map((decision) => {
    const action: Action = { target: decision.domain ?? decision.obfuscated?.pattern ?? '', decision, status: actionStatus(decision, day) };
    if (decision.domain !== undefined) action.domain = decision.domain;
    return action;
  });
}

/** `communityActions` for every community, sorted by community domain. */
export function actionsByCommunity(servers: readonly Community[], day: string): { community: string; actions: Action[] }[] {
  return [...servers]
    .sort((a, b) => compareText(a.domain, b.domain))
    .map((s) => ({ community: s.domain, actions: communityActions(s, day) }));
}
