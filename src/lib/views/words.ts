/**
 * The pages' words for decisions and their evidence: dates as the data gives them ("on or before" kept), the
 * evidence a decision rests on (its own, or the list it was read from), and where a decision stands. Shared by
 * the domain, server and graph pages so they word the same thing the same way.
 */
import type { ActionStatus } from '../reach/actions.ts';
import type { Decision, Since } from '../schema/decision.ts';
import { sinceDate } from '../schema/decision.ts';
import type { Evidence } from '../schema/evidence.ts';
import type { Server } from '../schema/server.ts';
import type { Translate } from '../i18n/translate.ts';
import { evidenceSource } from './evidence-source.ts';

/** The date a `since` sorts by. */
export function sinceKey(since: Since): string {
  return sinceDate(since);
}

/** A `since` in an interface language, its date formatted by `date` ("19 Jan 2025", "ar neu cyn …"). */
export function sinceText(since: Since, t: Translate, date: (iso: string) => string = (iso) => iso): string {
  return typeof since === 'string' ? date(since) : t('labels.since.on-or-before', { date: date(since.on_or_before) });
}

/** A severity in an interface language, as Mastodon's interface names it: "Suspend", "Limit" (the data's "silence"). */
export function severityText(severity: Decision['severity'], t: Translate): string {
  return t(severity === 'suspend' ? 'labels.severity.suspend' : 'labels.severity.limit');
}

/** Where a decision stands, in an interface language. */
export function actionStatusWords(t: Translate): Record<ActionStatus, string> {
  return { 'in-force': t('labels.action-status.in-force'), uncertain: t('labels.action-status.uncertain'), lifted: t('labels.action-status.lifted'), 'not-yet': t('labels.action-status.not-yet') };
}

/** The evidence a decision rests on: its own, or the block list it was read from (`fromList`). */
export interface DecisionEvidence extends Evidence {
  /** True when the decision has no evidence of its own and was read from the server's published list. */
  fromList: boolean;
}

/** The evidence for `decision` of `server`: its own, else its list's; undefined when neither exists. */
export function decisionEvidence(decision: Pick<Decision, 'evidence'>, server: Pick<Server, 'blocklist'>): DecisionEvidence | undefined {
  if (decision.evidence) return { ...decision.evidence, fromList: false };
  const list = server.blocklist.evidence;
  return list ? { ...list, fromList: true } : undefined;
}

/**
 * How a piece of evidence reads around its link, in an interface language: the words before the link (`lead`),
 * the link's text (`text`) and the words after it (`trail`). A third party's dated check of the server's own list
 * (kind `observation`) reads "observed by <mastodon.help> on 1 Apr 2025": the observer is named and the day is the
 * day of its check, so it never reads like the server's own list. Other evidence reads "<host> announcement, read
 * 26 Nov 2026", and evidence taken from the server's list is prefixed "from its list: ".
 */
export interface EvidenceWords {
  /** Words before the link (may be empty). */
  lead: string;
  /** The link's text: the source's name ("Oliphant archive, snapshot of 28 Aug 2023", "mastodon.help"). */
  text: string;
  /** Words after the link. */
  trail: string;
}

/**
 * A source's name for its link, in an interface language: "Oliphant archive, snapshot of 7 Aug 2023" (the day is
 * the `retrieved` day, the snapshot's), "Fediverse Near Me", else the URL's host in Unicode ("mastodon.help").
 */
export function sourceName(evidence: Pick<Evidence, 'url' | 'retrieved'>, t: Translate, date: (iso: string) => string = (iso) => iso): string {
  const source = evidenceSource(evidence.url);
  if (source.kind === 'oliphant') return t('reach.evidence.source.oliphant', { date: date(evidence.retrieved) });
  if (source.kind === 'near-me') return t('reach.evidence.source.near-me');
  return source.host;
}

/** The words around an evidence link; `date` formats the `retrieved` day. */
export function evidenceWords(evidence: Evidence & { fromList?: boolean }, t: Translate, date: (iso: string) => string = (iso) => iso): EvidenceWords {
  const source = evidenceSource(evidence.url);
  const text = sourceName(evidence, t, date);
  const fromList = evidence.fromList === true ? t('reach.evidence.from-list') : '';
  if (evidence.kind === 'observation') {
    const marker = '\u0000';
    const [before = '', after = ''] = t('reach.evidence.observed', { source: marker, date: date(evidence.retrieved) }).split(marker);
    return { lead: fromList + before, text, trail: after.trim() };
  }
  if (source.kind === 'oliphant') return { lead: fromList, text, trail: '' };
  const trail = evidence.kind
    ? t('reach.evidence.kind-read', { kind: t(`reach.evidence.kind.${evidence.kind}`), date: date(evidence.retrieved) })
    : t('reach.evidence.read', { date: date(evidence.retrieved) });
  return { lead: fromList, text, trail };
}

/** The URL when it is plain `https://` (the only links the site renders from data); undefined otherwise. */
export function httpsUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a URL, for a link's short text ("blogs.toot.wales"); the URL itself when it does not parse. */
export function urlHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
