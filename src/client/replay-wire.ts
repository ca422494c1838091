/**
 * Wires a ReplayControls block (src/components/ReplayControls.astro) to a page, the one wiring every view uses (the
 * domain page, the map, the full graph and the matrix): the day and the period (`?confirmed=`) from the address, the
 * controls (replay-control.ts), and both written back to the address on every change. The page says what a day
 * looks like under a period (`show`).
 */
import { confirmedFromUrl, dateFromUrl, writeConfirmedToUrl, writeDateToUrl } from './date-url.ts';
import { wireReplay } from './replay-control.ts';

/** What a page hands the replay. */
export interface ReplayPage {
  /** The first day that can be chosen. */
  from: string;
  /** The atlas's day ("now"). */
  today: string;
  /** The day play starts from (default the first mark, else `from`). */
  playStart?: () => string;
  /** The days on which something changes, so play stops on each. */
  marks: () => readonly string[];
  /**
   * Shows a day, counting only answers confirmed within `months` before it (undefined: every answer). Called once
   * with the address's day and period, then on every change of either.
   */
  show: (day: string, months: number | undefined) => void;
}

/** The replay once wired: the day and the period shown. */
export interface Replay {
  /** The day shown. */
  current(): string;
  /** The period shown, in months; undefined for every answer. */
  months(): number | undefined;
}

/**
 * Finds the controls inside `root` (`[data-replay-controls]`), wires them, shows the address's day and period and
 * reveals the controls (`root` gets `data-shown` and `data-ready`). Returns undefined when the block is incomplete.
 */
export function startReplay(root: HTMLElement, page: ReplayPage): Replay | undefined {
  const controls = root.querySelector<HTMLElement>('[data-replay-controls]');
  const date = root.querySelector<HTMLInputElement>('[data-replay-date]');
  const play = root.querySelector<HTMLButtonElement>('[data-replay-play]');
  const within = root.querySelector<HTMLSelectElement>('[data-replay-confirmed]');
  if (!controls || !date || !play) return undefined;
  let shown = '';
  let months = confirmedFromUrl();
  if (within) within.value = months === undefined ? '' : String(months);
  const show = (day: string) => {
    shown = day;
    page.show(day, months);
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
      writeDateToUrl(day, page.today);
      show(day);
    },
  });
  within?.addEventListener('change', () => {
    months = within.value === '' ? undefined : Number(within.value);
    writeConfirmedToUrl(months);
    show(shown);
  });
  const first = dateFromUrl(page.from, page.today);
  reflect(first);
  show(first);
  controls.hidden = false;
  root.dataset.ready = 'true';
  return { current: () => shown, months: () => months };
}
