/** A long table's filter and pages (src/lib/table-page.ts), on synthetic rows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, pageView, rowMatches, type PagerRow } from '../../src/lib/table-page.ts';

/** 120 synthetic rows: every third suspends, the rest limit; domains bulk-0.example … bulk-119.example. */
const ROWS: PagerRow[] = Array.from({ length: 120 }, (_, i) => ({ text: `bulk-${i}.example`, state: i % 3 === 0 ? 'suspends' : 'limits' }));

describe('rowMatches', () => {
  it('keeps every row for an empty query, and matches text in any case and state exactly', () => {
    expect(rowMatches({ text: 'Tŵt.Cymru', state: 'limits' }, { text: '', state: '' })).toBe(true);
    expect(rowMatches({ text: 'Tŵt.Cymru', state: 'limits' }, { text: '  TŴT ', state: '' })).toBe(true);
    expect(rowMatches({ text: 'Tŵt.Cymru', state: 'limits' }, { text: 'cymru', state: 'suspends' })).toBe(false);
    expect(rowMatches({ text: 'Tŵt.Cymru', state: 'limits' }, { text: 'wales', state: '' })).toBe(false);
  });
  it('folds compatibility forms (a full-width letter matches its plain one)', () => {
    expect(foldText('ｅｘａｍｐｌｅ')).toBe('example');
  });
});

describe('pageView', () => {
  it('pages 120 rows by 50: 1–50, 51–100, 101–120', () => {
    const first = pageView(ROWS, { text: '', state: '', page: 0 }, 50);
    expect([first.from, first.to, first.matched, first.total, first.pages]).toEqual([1, 50, 120, 120, 3]);
    expect(first.shown[0]).toBe(0);
    const last = pageView(ROWS, { text: '', state: '', page: 2 }, 50);
    expect([last.from, last.to, last.page]).toEqual([101, 120, 2]);
    expect(last.shown).toEqual(Array.from({ length: 20 }, (_, i) => 100 + i));
  });
  it('brings a page out of range back to the last (or first) one', () => {
    expect(pageView(ROWS, { text: '', state: '', page: 9 }, 50).page).toBe(2);
    expect(pageView(ROWS, { text: '', state: '', page: -3 }, 50).page).toBe(0);
  });
  it('filters before paging: "bulk-1" keeps bulk-1, bulk-10…19 and bulk-100…119 (31 rows)', () => {
    const view = pageView(ROWS, { text: 'bulk-1', state: '', page: 0 }, 50);
    expect(view.matched).toBe(1 + 10 + 20);
    expect([view.from, view.to, view.pages]).toEqual([1, 31, 1]);
    expect(view.shown.map((i) => ROWS[i]!.text)).toContain('bulk-119.example');
  });
  it('by state: 40 of 120 suspend, on one page', () => {
    const view = pageView(ROWS, { text: '', state: 'suspends', page: 1 }, 50);
    expect([view.matched, view.page, view.from, view.to]).toEqual([40, 0, 1, 40]);
  });
  it('says 0–0 and one page when nothing matches', () => {
    const view = pageView(ROWS, { text: 'nowhere', state: '', page: 0 }, 50);
    expect([view.shown.length, view.matched, view.from, view.to, view.pages]).toEqual([0, 0, 0, 0, 1]);
  });
  it('shows every kept row exactly once across its pages, in order, never more than a page', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string(), state: fc.constantFrom('', 'a', 'b') }), { maxLength: 80 }), fc.string({ maxLength: 2 }), fc.constantFrom('', 'a'), fc.integer({ min: 1, max: 30 }), (rows, text, state, size) => {
        const first = pageView(rows, { text, state, page: 0 }, size);
        const seen: number[] = [];
        for (let p = 0; p < first.pages; p++) {
          const view = pageView(rows, { text, state, page: p }, size);
          expect(view.shown.length).toBeLessThanOrEqual(size);
          seen.push(...view.shown);
        }
        const expected = rows.flatMap((r, i) => ((state === '' || r.state === state) && r.text.normalize('NFKC').toLowerCase().includes(text.normalize('NFKC').toLowerCase().trim()) ? [i] : []));
        expect(seen).toEqual(expected);
      }),
    );
  });
});
