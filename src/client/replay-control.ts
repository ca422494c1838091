/**
 * The controls of an as-of replay, shared by every view (through replay-wire.ts): a date field, an optional slider,
 * month steps, a play/pause button (`aria-pressed`) and a "Today" button. They only choose a day and hand it to
 * `show`; what the page does with the day is the caller's. Play steps a week at a time, stopping on every day a
 * state changes (`marks`); when the reader prefers reduced motion, a month at a time and more slowly.
 */
import { addDays, addMonths, clampDay, daysBetween, playDays } from '../lib/map/replay.ts';
import { isDay } from '../lib/view-state.ts';
import { translator } from '../locales/index.ts';

/** What the controls are and what they drive. */
export interface ReplayControls {
  /** The first and last day that can be chosen. */
  from: string;
  /** The last day (the atlas's day, "now"). */
  today: string;
  /** The date field. */
  date: HTMLInputElement;
  /** A slider over the days from `from` to `today`, if the page has one. */
  range?: HTMLInputElement | null;
  /** The play/pause button. */
  play: HTMLButtonElement;
  /** Buttons that step by months: `data-step` holds the number of months (negative: back). */
  steps?: Iterable<HTMLButtonElement>;
  /** A button back to `today`. */
  todayButton?: HTMLButtonElement | null;
  /** The day play starts from. */
  playStart(): string;
  /** The days on which states change, so play stops on each. */
  marks(): readonly string[];
  /** Shows a day (within `from`..`today`). */
  show(day: string): void;
  /** The day shown. */
  current(): string;
}

/** The labels of the play button, in the page's interface language. */
const PLAY_WORDS = (() => {
  const t = translator(document.documentElement.lang);
  return { idle: t('replay.play'), playing: t('replay.pause') } as const;
})();

/** Wires the controls; returns a function that sets them to show a day without calling `show`. */
export function wireReplay(c: ReplayControls): (day: string) => void {
  if (c.range) c.range.max = String(daysBetween(c.from, c.today));
  const reflect = (day: string) => {
    c.date.value = day;
    if (c.range) {
      c.range.value = String(daysBetween(c.from, day));
      c.range.setAttribute('aria-valuetext', day);
    }
  };
  const go = (day: string) => {
    const d = clampDay(day, c.from, c.today);
    reflect(d);
    c.show(d);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    c.play.setAttribute('aria-pressed', 'false');
    c.play.textContent = PLAY_WORDS.idle;
  };
  c.play.addEventListener('click', () => {
    if (timer !== undefined) {
      stop();
      return;
    }
    const slow = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const start = clampDay(c.playStart(), c.from, c.today);
    const days = playDays(start, c.today, slow ? 30 : 7, c.marks());
    const shown = c.current();
    let i = shown >= c.today || shown < start ? 0 : days.findIndex((d) => d > shown);
    if (i < 0) i = 0;
    c.play.setAttribute('aria-pressed', 'true');
    c.play.textContent = PLAY_WORDS.playing;
    const tick = () => {
      go(days[i]!);
      i++;
      if (i >= days.length) stop();
      else timer = setTimeout(tick, slow ? 1500 : 250);
    };
    tick();
  });
  c.date.addEventListener('change', () => {
    if (!isDay(c.date.value)) return;
    stop();
    go(c.date.value);
  });
  c.range?.addEventListener('input', () => {
    stop();
    go(addDays(c.from, Number(c.range!.value)));
  });
  for (const button of c.steps ?? []) {
    button.addEventListener('click', () => {
      stop();
      go(addMonths(c.current(), Number(button.dataset.step)));
    });
  }
  c.todayButton?.addEventListener('click', () => {
    stop();
    go(c.today);
  });
  return reflect;
}
