import { describe, expect, it } from 'vitest';
import { searchKey, searchNodes } from '../../../src/lib/graph/node-search.ts';

const nodes = [
  { id: 'bsky.brid.gy' },
  { id: 'mastodon.social', name: 'Mastodon' },
  { id: 'threads.net' },
  { id: 'toot.wales', name: 'Tŵt Cymru' },
  { id: 'xn--69aa8bzb.xn--y9a3aq', name: 'Armenian social' },
];
const ids = (q: string) => searchNodes(nodes, q).map((i) => nodes[i]!.id);

describe('searchNodes', () => {
  it('finds a node by its display name, whatever the accents and case', () => {
    expect(ids('Tŵt Cymru')[0]).toBe('toot.wales');
    expect(ids('twt cymru')[0]).toBe('toot.wales');
    expect(ids('  TWT   CYMRU ')[0]).toBe('toot.wales');
    expect(ids('cymru')).toEqual(['toot.wales']);
  });

  it('finds a node by its domain, whatever the case', () => {
    expect(ids('TOOT.WALES')).toEqual(['toot.wales']);
    expect(ids('wales')).toEqual(['toot.wales']);
    expect(ids('threads')).toEqual(['threads.net']);
  });

  it('finds a punycode domain by its Unicode form', () => {
    expect(ids('թութ')).toEqual(['xn--69aa8bzb.xn--y9a3aq']);
  });

  it('puts a whole match before a start, a start before a word, a word before anywhere', () => {
    const list = [{ id: 'a-social.example' }, { id: 'social.example' }, { id: 'associal.example' }, { id: 'socialites.example' }];
    const order = searchNodes(list, 'social').map((i) => list[i]!.id);
    expect(order).toEqual(['social.example', 'socialites.example', 'a-social.example', 'associal.example']);
    expect(searchNodes(list, 'social.example').map((i) => list[i]!.id)[0]).toBe('social.example');
  });

  it('finds nothing for an empty query or a text no node has', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('nowhere.invalid')).toEqual([]);
  });

  it('treats regular-expression characters as text', () => {
    expect(ids('.*')).toEqual([]);
    expect(ids('(')).toEqual([]);
  });
});

describe('searchKey', () => {
  it('drops accents and case and collapses spaces', () => {
    expect(searchKey(' Tŵt  Cymru ')).toBe('twt cymru');
    expect(searchKey('Münchner Runde')).toBe('munchner runde');
  });
});
