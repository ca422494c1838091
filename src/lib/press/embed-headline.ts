/**
 * An embed's headline: one sentence saying what the curated communities do to a domain on the day shown ("On
 * 5 December 2026, 13 curated communities suspend threads.net, 4 limit it, 4 reach it; the atlas cannot say for
 * 246."), from counts already looked up (the domain page's answers for that day and period). Words only: the embed
 * puts each clause in its own element, with its count, so a reader and a test can find them.
 */
import type { Translate } from '../i18n/translate.ts';
import { REACH_STATES, type ReachState, type StateCounts } from '../reach/state.ts';

/** One clause of the headline: a state's count in words. */
export interface HeadlineClause {
  /** The state counted. */
  state: ReachState;
  /** How many communities are in it. */
  count: number;
  /** The clause in the interface language. */
  text: string;
}

/** The headline in parts: its opening ("On 5 December 2026,"), its clauses in state order, and what goes between them. */
export interface Headline {
  /** The opening, with the day in words. */
  start: string;
  /** One clause per state, in `REACH_STATES` order. */
  clauses: HeadlineClause[];
  /** What goes before each clause: a space after the opening, ", " between the known states, "; " before unknown. */
  separators: string[];
  /** The closing punctuation. */
  end: string;
}

/** The headline about `domain` (as sentences show it) on the day written `dayText`, from the day's `counts`. */
export function reachHeadline(t: Translate, domain: string, dayText: string, counts: StateCounts): Headline {
  return {
    start: t('embed.headline.start', { day: dayText }),
    clauses: REACH_STATES.map((state) => ({ state, count: counts[state], text: t(`embed.headline.${state}`, { count: counts[state], domain }) })),
    separators: REACH_STATES.map((state, i) => (i === 0 ? ' ' : state === 'unknown' ? '; ' : ', ')),
    end: '.',
  };
}

/** The headline as one line of text. */
export function headlineText(headline: Headline): string {
  return headline.start + headline.clauses.map((c, i) => `${headline.separators[i]}${c.text}`).join('') + headline.end;
}
