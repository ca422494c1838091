import { describe, expect, it } from 'vitest';
import { pickerDomains, pickerLabel } from '../../../src/lib/map/picker.ts';
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
