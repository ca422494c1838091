/**
 * The controls of an as-of replay, written as one string: `components/ReplayControls.astro` is this markup (with the
 * script of the view around it), and a domain page's replay section (./date-replay-markup.ts) uses it too. Rules for
 * writing markup here: ./README.md.
 */
import type { PageI18n } from '../../i18n.ts';
import { CONFIRMED_WITHIN } from '../../lib/view-state.ts';
import { intlLocale } from '../../locales/index.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';

/** Props of the controls. */
export interface ReplayControlsProps {
  /** A unique prefix for ids (`<id>-date`, `<id>-range`, `<id>-confirmed`). */
  id: string;
  /** The first day that can be chosen ("YYYY-MM-DD"). */
  from: string;
  /** The atlas's day, the last that can be chosen. */
  day: string;
  /** The date field's label (default "Day"). */
  label?: string;
  /** The id of an element describing the date field (the map's "As of" line). */
  describedBy?: string;
  /** Whether to show the slider over every day (default true; the map's narrow panel leaves it out). */
  slider?: boolean;
  /** A class added to each field, to take the page's own field style (the map's panel: `field`). */
  fieldClass?: string;
}

/**
 * The replay's controls, hidden until src/client/replay-wire.ts wires them: a date field, a slider (unless `slider`
 * is false), the period answers must be confirmed within, month steps, play/pause and "Today". The date field takes
 * the page's language (`lang`), so a browser that formats it by `lang` writes the day as the page's status line does.
 */
export function replayControls(props: ReplayControlsProps, w: Pick<PageI18n, 't' | 'locale'>): Markup {
  const { id, from, day, label, describedBy, slider = true, fieldClass } = props;
  const { t } = w;
  const field = fieldClass ? `as-of-field ${fieldClass}` : 'as-of-field';
  const date = html`<div${attr('class', field)}><label${attr('for', `${id}-date`)}>${label ?? t('replay.day')}</label><input type="date"${attr('id', `${id}-date`)} name="date"${attr('lang', intlLocale(w.locale))}${attr('min', from)}${attr('max', day)}${attr('value', day)}${attr('aria-describedby', describedBy)} data-replay-date></div>`;
  const range =
    slider &&
    html`<div${attr('class', `${field} as-of-slider`)}><label${attr('for', `${id}-range`)}>${t('replay.move')}</label><input type="range"${attr('id', `${id}-range`)} min="0" max="0" step="1" value="0" data-replay-range></div>`;
  const periods = CONFIRMED_WITHIN.map((m) => html`<option${attr('value', String(m))}>${t(`replay.confirmed.${m}`)}</option>`);
  const confirmed = html`<div${attr('class', field)}><label${attr('for', `${id}-confirmed`)}>${t('replay.confirmed-label')}</label><select${attr('id', `${id}-confirmed`)} name="confirmed" data-replay-confirmed><option value="">${t('replay.confirmed.any')}</option>${periods}</select></div>`;
  const buttons = html`<div class="as-of-buttons"><button type="button" data-step="-1">${t('replay.month-before')}</button><button type="button" data-step="1">${t('replay.month-after')}</button><button type="button" aria-pressed="false" data-replay-play>${t('replay.play')}</button><button type="button" data-replay-today>${t('replay.today')}</button></div>`;
  return html`<div class="as-of-controls" role="group"${attr('aria-label', t('asof.controls.label'))} data-replay-controls hidden>${date}${range}${confirmed}${buttons}</div>`;
}
