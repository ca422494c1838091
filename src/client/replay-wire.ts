/**
 * Wires a ReplayControls block (src/components/ReplayControls.astro) to a page: the day from the address, the
 * controls (replay-control.ts), the day written back to the address on every change. The page says what a day
 * looks like (`show`); the graph and the matrix use this, as the domain page's and the map's replays do the same
 * with their own markup.
 */
import { dateFromUrl, writeDateToUrl } from './date-url.ts';
import { wireReplay } from './replay-control.ts';

/** What a page hands the replay. */
export interface ReplayPage {
  /** The first day that can be chosen. */
  from: string;
  /** The atlas's day ("now"). */
  today: string;
  /** The day play starts from (default a month before the first mark, else `from`). */
  playStart?: () => string;
  /** The days on which something changes, so play stops on each. */
  marks: () => readonly string[];
  /** Shows a day. */
  show: (day: string) => void;
}

/**
 * Finds the controls inside `root` (`[data-replay-controls]`), wires them, shows the address's day and reveals
 * the controls. Returns undefined when the block is incomplete.
 */
export function startReplay(root: HTMLElement, page: ReplayPage): { current: () => string } | undefined {
  const controls = root.querySelector<HTMLElement>('[data-replay-controls]');
  const date = root.querySelector<HTMLInputElement>('[data-replay-date]');
  const play = root.querySelector<HTMLButtonElement>('[data-replay-play]');
  if (!controls || !date || !play) return undefined;
  let shown = '';
  const show = (day: string) => {
    shown = day;
    page.show(day);
    root.dataset.shown = day;
  };
  const reflect = wireReplay({
    from: page.from,
    today: page.today,
    date,
    range: root.querySelector<HTMLInputElement>('[data-replay-range]'),
    play,
    steps: root.querySelectorAll<HTMLButtonElement>('[data-step]'),
    todayButton: root.querySelector<HTMLButtonElement>('[data-replay-today]'),
    playStart: page.playStart ?? (() => page.marks()[0] ?? page.from),
    marks: page.marks,
    current: () => shown,
    show: (day) => {
      show(day);
      writeDateToUrl(day, page.today);
    },
  });
  const first = dateFromUrl(page.from, page.today);
  reflect(first);
  show(first);
  controls.hidden = false;
  root.dataset.ready = 'true';
  return { current: () => shown };
}
