/** Every domain any community acts on, with how many act on it. */
import { compareText } from '../order.ts';
import { actorsCovering, indexActors } from './actors.ts';
import { assertDay } from './day.ts';
import { prepareAll } from './domain-reach.ts';
import type { PreparedCommunity } from './prepare.ts';
import { decidePrepared } from './decide.ts';
import type { Community } from './state.ts';

/** One domain acted on, and by how many. */
export interface ActedOn {
  /** The domain named by at least one resolved decision. */
  domain: string;
  /** How many communities have a decision naming this domain, at any time (lifted ones included). */
  ever: number;
  /** How many communities suspend it on the day (by a decision on it or on a parent domain). */
  suspends: number;
  /** How many communities limit it on the day. */
  limits: number;
  /** `suspends + limits`: how many act on it on the day. Sizes the domain's node in the graph. */
  acting: number;
}

/** `actedOnDomains` over communities already prepared. */
export function actedOnPrepared(prepared: readonly PreparedCommunity[], day: string): ActedOn[] {
  assertDay(day);
  const index = indexActors(prepared);
  const rows = [...index.byDomain].map(([domain, named]): ActedOn => {
    let suspends = 0;
    let limits = 0;
    for (const p of actorsCovering(index, domain)) {
      const state = decidePrepared(p, domain, day).state;
      if (state === 'suspends') suspends++;
      else if (state === 'limits') limits++;
    }
    return { domain, ever: named.length, suspends, limits, acting: suspends + limits };
  });
  return rows.sort((a, b) => b.acting - a.acting || b.ever - a.ever || compareText(a.domain, b.domain));
}

/**
 * Every domain named by a resolved decision of any community, with how many communities have ever acted on it
 * and how many suspend or limit it on `day`. Sorted by `acting` (most first), then `ever`, then domain.
 */
export function actedOnDomains(servers: readonly Community[], day: string): ActedOn[] {
  return actedOnPrepared(prepareAll(servers), day);
}
