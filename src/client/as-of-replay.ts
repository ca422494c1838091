/**
 * The day a domain page shows (src/components/rows/date-replay-markup.ts): reads the day from the URL (`?date=`, the view
 * state's key), fetches the domain's shard and the site-wide silence segments, and on every change of day looks
 * each community's answer up (src/lib/map/as-of-lookup.ts) and moves the whole page to it: the "As of" words, the
 * counts and how many rest on an old confirmation, the polite announcement, the table of the communities that ever
 * acted, the tables of every community (the build's own for the atlas's day; for any other day, tables written here
 * from the same answers, src/client/day-tables.ts), the graph, and the sections that hold for the atlas's day only.
 * It decides no state. The controls are ReplayControls, wired by src/client/replay-wire.ts with the period
 * (`?confirmed=`) the reader restricts answers to.
 */
import { replaceChildren, h } from './dom.ts';
import { actingCommunities, answersOnDay, confirmedWithin, firstChange, staleCount } from '../lib/map/as-of-lookup.ts';
import type { SilenceHistory } from '../lib/map/as-of-history.ts';
import { stateWords, type ReachShard } from '../lib/map/reach-shard.ts';
import { addMonths } from '../lib/map/replay.ts';
import { changeDays } from '../lib/reach/segment-lookup.ts';
import { countStates, REACH_STATES, type ReachState } from '../lib/reach/state.ts';
import { dayTables } from './day-tables.ts';
import { dayWords, pageLang, t } from './page-words.ts';
import { startReplay } from './replay-wire.ts';
import { fetchShard } from './shard-fetch.ts';
import { paintGraph } from './domain-graph-paint.ts';

const STATE_WORDS = stateWords(t);
const numbers = new Intl.NumberFormat(pageLang);

function badge(state: ReachState): HTMLElement {
  const words = STATE_WORDS[state];
  return h('span', { class: `state state-${state}`, 'data-state': state }, h('span', { class: 'state-glyph', 'aria-hidden': 'true' }, words.glyph), words.label);
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Shows the build's elements for the atlas's day, or those written for another day, and the note saying which. */
function showToday(isToday: boolean, todayWords: string): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-reach-tables], [data-today-only]')) el.hidden = !isToday;
  for (const el of document.querySelectorAll<HTMLElement>('[data-reach-tables-day]')) el.hidden = isToday;
  for (const el of document.querySelectorAll<HTMLElement>('[data-today-only-note]')) {
    el.hidden = isToday;
    el.textContent = t('replay.people-today-only', { day: todayWords });
  }
}

async function start(root: HTMLElement): Promise<void> {
  const today = root.dataset.day!;
  const from = root.dataset.from!;
  const status = root.querySelector<HTMLElement>('[data-as-of-status]')!;
  let shard: ReachShard;
  let silence: SilenceHistory;
  try {
    [shard, silence] = await Promise.all([fetchShard(root.dataset.shardUrl!), fetchJson<SilenceHistory>(root.dataset.silenceUrl!)]);
  } catch {
    status.textContent = t('replay.failed', { day: dayWords(today) });
    return;
  }
  const acting = actingCommunities(shard);
  const marks = [...new Set(acting.flatMap((c) => changeDays(shard.servers[c]!.history!)))].sort();
  const dayTablesRoot = document.querySelector<HTMLElement>('[data-reach-tables-day]');
  const serverBase = root.dataset.serverBase ?? '';

  const render = (day: string, months: number | undefined) => {
    const all = answersOnDay(shard, silence, day);
    const answers = confirmedWithin(all, day, months);
    const counts = countStates([...answers.values()].map((a) => a.state));
    const words = dayWords(day);
    for (const state of REACH_STATES) {
      const el = root.querySelector(`[data-state-count="${state}"]`);
      if (el) el.textContent = numbers.format(counts[state]);
    }
    const stale = root.querySelector<HTMLElement>('[data-as-of-stale]');
    if (stale) {
      const n = staleCount(all.values(), day);
      stale.dataset.count = String(n);
      stale.textContent = t('replay.stale', { count: n });
    }
    const when = root.querySelector<HTMLTimeElement>('[data-as-of-words]');
    if (when) {
      when.textContent = words;
      when.dateTime = day;
    }
    const latest = root.querySelector<HTMLElement>('[data-as-of-latest]');
    if (latest) latest.hidden = day !== today;
    for (const row of root.querySelectorAll<HTMLElement>('[data-as-of-row]')) {
      const cell = row.querySelector('[data-as-of-state]');
      if (cell) replaceChildren(cell, badge(answers.get(row.dataset.asOfRow!)?.state ?? 'unknown'));
    }
    for (const el of document.querySelectorAll('[data-as-of-day]')) el.textContent = words;
    for (const el of document.querySelectorAll('[data-as-of-inline]')) el.textContent = t('replay.tables-as-of', { day: words });
    // The build's tables are the latest day's, every answer counted; any other view gets tables written from the answers.
    const asBuilt = day === today && months === undefined;
    if (dayTablesRoot && !asBuilt) replaceChildren(dayTablesRoot, dayTables(answers, { domain: root.dataset.domainShown ?? shard.domain, serverBase, paged: true }));
    showToday(asBuilt, dayWords(today));
    paintGraph(new Map([...answers].map(([c, a]) => [c, a.state])));
    status.textContent = t('replay.status', { day: words, counts: REACH_STATES.map((s) => t(`replay.count.${s}`, { count: counts[s] })).join(', ') });
  };

  startReplay(root, {
    from,
    today,
    playStart: () => addMonths(firstChange(shard) ?? from, -1),
    marks: () => marks,
    show: render,
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-as-of]')) void start(root);
