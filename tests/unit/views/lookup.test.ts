/** The domain look-up: where a typed domain leads, and the plain answer. */
import { describe, expect, it } from 'vitest';
import { routeLookup, unactedSentence, unpagedSentence } from '../../../src/lib/views/lookup.ts';
import { translator } from '../../../src/locales/index.ts';

const t = translator('en');

const index = { acted: ['example.com', 'threads.net', 'a.example.com'], curated: ['toot.wales', 'threads.net'] };

describe('routeLookup', () => {
  it('a domain acted on has a page', () => {
    expect(routeLookup(index, 'threads.net')).toEqual({ kind: 'page', domain: 'threads.net' });
  });
  it('a subdomain leads to the most specific parent acted on', () => {
    expect(routeLookup(index, 'b.a.example.com')).toEqual({ kind: 'parent', domain: 'b.a.example.com', parent: 'a.example.com', curated: false, parentPage: true });
    expect(routeLookup(index, 'notexample.com')).toEqual({ kind: 'unacted', domain: 'notexample.com', curated: false });
  });
  it('a curated server nobody acts on is answered, and said to be curated', () => {
    expect(routeLookup(index, 'toot.wales')).toEqual({ kind: 'unacted', domain: 'toot.wales', curated: true });
  });
});

describe('routeLookup in a dataset where some acted-on domains have no page', () => {
  const paged = { ...index, paged: ['threads.net'], minActing: 3 };
  it('a domain with a page opens it', () => {
    expect(routeLookup(paged, 'threads.net')).toEqual({ kind: 'page', domain: 'threads.net' });
  });
  it('an acted-on domain without a page is answered in words, never as unacted', () => {
    expect(routeLookup(paged, 'example.com')).toEqual({ kind: 'unpaged', domain: 'example.com', curated: false, minActing: 3 });
    expect(unpagedSentence('example.com', 3, t)).toMatch(/^Fewer than 3 curated communities act on example\.com/);
  });
  it('a parent without a page is named, not linked', () => {
    expect(routeLookup(paged, 'b.a.example.com')).toEqual({ kind: 'parent', domain: 'b.a.example.com', parent: 'a.example.com', curated: false, parentPage: false });
  });
});

describe('unactedSentence', () => {
  it('the brief\'s wording, with one as-of day', () => {
    expect(unactedSentence({ domain: 'x.example', reaches: ['a', 'b'], unknown: ['c', 'd', 'e'], confirmed: { from: '2026-11-26', to: '2026-11-26' } }, t)).toBe(
      'No curated community acts on x.example. 2 curated communities publish their lists and reach it (last confirmed 2026-11-26); 3 communities\' block lists have not been read, or only part of them, so the atlas cannot say for them.',
    );
  });
  it('in Welsh, with the plural forms Welsh needs', () => {
    const cy = translator('cy');
    expect(unactedSentence({ domain: 'x.example', reaches: ['a', 'b'], unknown: ['c'], confirmed: { from: '2026-11-26', to: '2026-11-26' } }, cy)).toBe(
      "Does dim cymuned wedi'i churadu yn gweithredu ar x.example. Mae 2 gymuned wedi'u curadu yn cyhoeddi eu rhestrau ac yn ei gyrraedd (cadarnhawyd ddiwethaf 2026-11-26); nid yw rhestr flocio 1 gymuned wedi'i darllen, neu dim ond rhan ohoni, felly ni all yr atlas ddweud amdani.",
    );
  });
  it('singulars, a span of readings, and none reaching', () => {
    expect(unactedSentence({ domain: 'x.example', reaches: ['a'], unknown: ['c'], confirmed: { from: '2026-01-02', to: '2026-11-26' } }, t)).toBe(
      'No curated community acts on x.example. 1 curated community publishes its list and reaches it (last confirmed by their lists\' readings, 2026-01-02 to 2026-11-26); 1 community\'s block list has not been read, or only part of it, so the atlas cannot say for it.',
    );
    expect(unactedSentence({ domain: 'x.example', reaches: [], unknown: ['c', 'd'] }, t)).toContain('0 curated communities publish their lists and reach it; 2 communities');
  });
});
