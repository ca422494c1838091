import { describe, expect, it } from 'vitest';
import { parsePickerList, PICKER_FIRST, pickerDomains, pickerLabel, pickerList, pickerSplit } from '../../../src/lib/map/picker.ts';
import type { ActedOn } from '../../../src/lib/reach/index.ts';
import { translator } from '../../../src/locales/index.ts';

const t = translator('en');

const row = (domain: string, suspends: number, limits: number): ActedOn => ({ domain, ever: suspends + limits, suspends, limits, acting: suspends + limits });

describe('pickerDomains', () => {
  it('offers threads.net first when some server acts on it, then the rest in the reach model\'s order', () => {
    const acted = [row('a.example', 5, 0), row('threads.net', 1, 0), row('b.example', 0, 2)];
    expect(pickerDomains(acted).map((a) => a.domain)).toEqual(['threads.net', 'a.example', 'b.example']);
  });

  it('leaves the order alone when threads.net is not among the targets', () => {
    const acted = [row('a.example', 5, 0), row('b.example', 0, 2)];
    expect(pickerDomains(acted)).toEqual(acted);
    expect(pickerDomains([])).toEqual([]);
  });
});

describe('pickerLabel', () => {
  it('says how many suspend and limit it', () => {
    expect(pickerLabel(row('threads.net', 1, 0), t)).toBe('threads.net (suspended by 1)');
    expect(pickerLabel(row('x.example', 2, 3), t)).toBe('x.example (suspended by 2, limited by 3)');
    expect(pickerLabel(row('old.example', 0, 0), t)).toBe('old.example (no decision in force)');
  });
  it('in Welsh', () => {
    const cy = translator('cy');
    expect(pickerLabel(row('x.example', 2, 3), cy)).toBe("x.example (wedi'i atal gan 2, wedi'i gyfyngu gan 3)");
    expect(pickerLabel(row('old.example', 0, 0), cy)).toBe('old.example (dim penderfyniad mewn grym)');
  });
});

describe('pickerSplit', () => {
  it('keeps the first ones for the page and counts the rest', () => {
    expect(pickerSplit(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], more: 1 });
    expect(pickerSplit(['a'], 2)).toEqual({ shown: ['a'], more: 0 });
    expect(pickerSplit([], 2)).toEqual({ shown: [], more: 0 });
  });
  it('renders a hundred by default', () => {
    const many = Array.from({ length: 4316 }, (_, i) => i);
    expect(PICKER_FIRST).toBe(100);
    expect(pickerSplit(many)).toEqual({ shown: many.slice(0, 100), more: 4216 });
  });
});

describe('pickerList and parsePickerList', () => {
  it('round-trips the domains in order, compactly', () => {
    const acted = pickerDomains([row('a.example', 5, 0), row('threads.net', 1, 2), row('b.example', 0, 0)]);
    const list = pickerList(acted);
    expect(JSON.stringify(list)).toBe('{"domains":[["threads.net",1,2],["a.example",5,0],["b.example",0,0]]}');
    expect(parsePickerList(JSON.parse(JSON.stringify(list)))).toEqual(acted.map(({ domain, suspends, limits }) => ({ domain, suspends, limits })));
  });
  it('fails loudly on a broken file, naming the entry', () => {
    expect(() => parsePickerList(null)).toThrow(/domains/);
    expect(() => parsePickerList({ domains: 'x' })).toThrow(/domains/);
    expect(() => parsePickerList({ domains: [['a.example', 1, 0], ['b.example', -1, 0]] })).toThrow(/entry 1/);
    expect(() => parsePickerList({ domains: [['', 1, 0]] })).toThrow(/entry 0/);
    expect(() => parsePickerList({ domains: [{ domain: 'a.example' }] })).toThrow(/entry 0/);
  });
});
