/**
 * The replay's controls written as one string (src/components/rows/replay-controls-markup.ts, ReplayControls.astro's
 * markup), read back with parse5: every id takes the prefix and each label points at its field, the slider and the
 * described-by are there only when asked for, the field's language is the page's, and data given as props (ids,
 * labels, days) stays in its attribute or its text.
 */
import { describe, expect, it } from 'vitest';
import { replayControls, type ReplayControlsProps } from '../../../../src/components/rows/replay-controls-markup.ts';
import { translator } from '../../../../src/locales/index.ts';
import { all, bodyOf, type El } from './parse-rows.ts';

const t = translator('en');
const BASE: ReplayControlsProps = { id: 'r', from: '2023-01-01', day: '2026-06-01' };
const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';

/** The controls' block as a browser builds it. */
const controls = (props: ReplayControlsProps, locale = 'en'): El => bodyOf(replayControls(props, { t: translator(locale), locale }).html).children[0]!;
const byTag = (el: El, tag: string) => all(el, tag);

describe('replayControls', () => {
  it('is one hidden group labelled for the reader, with a date field, a slider, the period and four buttons', () => {
    const el = controls(BASE);
    expect([el.tag, el.attrs.class, el.attrs.role, el.attrs['aria-label'], 'hidden' in el.attrs, 'data-replay-controls' in el.attrs]).toEqual(['div', 'as-of-controls', 'group', t('asof.controls.label'), true, true]);
    expect(byTag(el, 'input').map((i) => i.attrs.type)).toEqual(['date', 'range']);
    expect(byTag(el, 'button').map((b) => b.text)).toEqual([t('replay.month-before'), t('replay.month-after'), t('replay.play'), t('replay.today')]);
    expect(byTag(el, 'option').map((o) => [o.attrs.value, o.text])).toEqual([
      ['', t('replay.confirmed.any')],
      ['12', t('replay.confirmed.12')],
      ['24', t('replay.confirmed.24')],
      ['60', t('replay.confirmed.60')],
    ]);
  });

  it('prefixes every id with `id` and points each label at its field', () => {
    const el = controls({ ...BASE, id: 'as-of' });
    expect(byTag(el, 'label').map((l) => l.attrs.for)).toEqual(['as-of-date', 'as-of-range', 'as-of-confirmed']);
    expect([...byTag(el, 'input'), ...byTag(el, 'select')].map((f) => f.attrs.id)).toEqual(['as-of-date', 'as-of-range', 'as-of-confirmed']);
  });

  it('bounds the date field by the first day and the atlas day, on which it starts, in the page language', () => {
    const date = byTag(controls(BASE), 'input')[0]!;
    expect([date.attrs.min, date.attrs.max, date.attrs.value, date.attrs.lang]).toEqual(['2023-01-01', '2026-06-01', '2026-06-01', 'en-GB']);
    expect(byTag(controls(BASE, 'cy'), 'input')[0]!.attrs.lang).toBe('cy');
    expect(byTag(controls(BASE, 'cy'), 'label')[0]!.text).toBe(translator('cy')('replay.day'));
  });

  it('leaves out the slider and the described-by unless asked for, and adds the field class to every field', () => {
    const map = controls({ ...BASE, slider: false, describedBy: 'map-as-of', fieldClass: 'field', label: 'As of a day' });
    expect(byTag(map, 'input').map((i) => i.attrs.type)).toEqual(['date']);
    expect(byTag(map, 'input')[0]!.attrs['aria-describedby']).toBe('map-as-of');
    expect(byTag(map, 'label')[0]!.text).toBe('As of a day');
    expect(map.children.map((c) => c.attrs.class)).toEqual(['as-of-field field', 'as-of-field field', 'as-of-buttons']);
    const plain = controls(BASE);
    expect('aria-describedby' in byTag(plain, 'input')[0]!.attrs).toBe(false);
    expect(plain.children.map((c) => c.attrs.class)).toEqual(['as-of-field', 'as-of-field as-of-slider', 'as-of-field', 'as-of-buttons']);
  });

  it('keeps markup given as props in its attribute or its text', () => {
    const el = controls({ id: BREAKOUT, from: SCRIPT, day: BREAKOUT, label: SCRIPT, describedBy: BREAKOUT, fieldClass: BREAKOUT });
    expect(byTag(el, 'img')).toEqual([]);
    expect(byTag(el, 'script')).toEqual([]);
    const date = byTag(el, 'input')[0]!;
    expect([date.attrs.id, date.attrs.min, date.attrs.max, date.attrs['aria-describedby']]).toEqual([`${BREAKOUT}-date`, SCRIPT, BREAKOUT, BREAKOUT]);
    expect(byTag(el, 'label')[0]!.text).toBe(SCRIPT);
    expect(el.children[0]!.attrs.class).toBe(`as-of-field ${BREAKOUT}`);
  });
});
