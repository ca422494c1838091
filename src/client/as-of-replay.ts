/**
 * The domain page's as-of replay (src/components/DateReplay.astro): reads the day from the URL (`?date=`, the
 * view state's key), fetches the domain's shard and the site-wide silence segments, and on every change of day
 * looks each community's state up (src/lib/map/as-of-lookup.ts) and rewrites the counts, the table and the
 * polite announcement. It decides no state. The controls are src/client/replay-control.ts.
 */
import { replaceChildren, h } from './dom.ts';
import { actingCommunities, countsOnDay, firstChange, statesOnDay } from '../lib/map/as-of-lookup.ts';
import type { SilenceHistory } from '../lib/map/as-of-history.ts';
import { stateWords, type ReachShard } from '../lib/map/reach-shard.ts';
import { translator } from '../locales/index.ts';
import { addMonths } from '../lib/map/replay.ts';
import { changeDays } from '../lib/reach/segment-lookup.ts';
import { REACH_STATES, type ReachState } from '../lib/reach/state.ts';
import { dateFromUrl, writeDateToUrl } from './date-url.ts';
import { wireReplay } from './replay-control.ts';
import { paintGraph } from './domain-graph-paint.ts';

/** The page's interface language's strings. */
const t = translator(document.documentElement.lang);
const STATE_WORDS = stateWords(t);

function badge(state: ReachState): HTMLElement {
  const words = STATE_WORDS[state];
  return h('span', { class: `state state-${state}`, 'data-state': state }, h('span', { class: 'state-glyph', 'aria-hidden': 'true' }, words.glyph), words.label);
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function start(root: HTMLElement): Promise<void> {
  const today = root.dataset.day!;
  const from = root.dataset.from!;
  const controls = root.querySelector<HTMLElement>('[data-as-of-controls]')!;
  const dateInput = root.querySelector<HTMLInputElement>('[data-as-of-date]')!;
  const range = root.querySelector<HTMLInputElement>('[data-as-of-range]')!;
  const play = root.querySelector<HTMLButtonElement>('[data-as-of-play]')!;
  const status = root.querySelector<HTMLElement>('[data-as-of-status]')!;
  let shard: ReachShard;
  let silence: SilenceHistory;
  try {
    [shard, silence] = await Promise.all([fetchJson<ReachShard>(root.dataset.shardUrl!), fetchJson<SilenceHistory>(root.dataset.silenceUrl!)]);
  } catch {
    status.textContent = t('replay.failed', { day: today });
    return;
  }
  const acting = actingCommunities(shard);
  const marks = [...new Set(acting.flatMap((c) => changeDays(shard.servers[c]!.history!)))].sort();
  let shown = '';

  const render = (day: string) => {
    shown = day;
    const states = statesOnDay(shard, silence, day);
    const counts = countsOnDay(shard, silence, day);
    for (const state of REACH_STATES) {
      const el = root.querySelector(`[data-as-of-count="${state}"]`);
      if (el) el.textContent = String(counts[state]);
    }
    for (const row of root.querySelectorAll<HTMLElement>('[data-as-of-row]')) {
      const cell = row.querySelector('[data-as-of-state]');
      if (cell) replaceChildren(cell, badge(states.get(row.dataset.asOfRow!) ?? 'unknown'));
    }
    for (const el of root.querySelectorAll('[data-as-of-day]')) el.textContent = day;
    paintGraph(states);
    status.textContent = t('replay.status', { day, counts: REACH_STATES.map((s) => t(`replay.count.${s}`, { count: counts[s] })).join(', ') });
    root.dataset.shown = day;
  };

  const reflect = wireReplay({
    from,
    today,
    date: dateInput,
    range,
    play,
    steps: root.querySelectorAll<HTMLButtonElement>('[data-step]'),
    todayButton: root.querySelector<HTMLButtonElement>('[data-as-of-today]'),
    playStart: () => addMonths(firstChange(shard) ?? from, -1),
    marks: () => marks,
    current: () => shown,
    show: (day) => {
      render(day);
      writeDateToUrl(day, today);
    },
  });

  const first = dateFromUrl(from, today);
  reflect(first);
  render(first);
  controls.hidden = false;
  root.dataset.ready = 'true';
}

for (const root of document.querySelectorAll<HTMLElement>('[data-as-of]')) void start(root);
