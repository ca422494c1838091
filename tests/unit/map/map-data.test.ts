import { describe, expect, it } from 'vitest';
import { isPlaced, listRowId, noPlaceReason, partitionByPlace, toMapServer } from '../../../src/lib/map/map-data.ts';
import { mapServer, server } from './helpers.ts';

describe('toMapServer', () => {
  it('keeps what the map and its filters need, and nothing else', () => {
    const s = server('a.example', { name: 'Tŵt', focus: ['place', 'language'], languages: ['cy', 'en'], unconfirmed: ['languages'], blocklist: { status: 'partial' } });
    expect(toMapServer(s)).toEqual({
      domain: 'a.example',
      name: 'Tŵt',
      area: 'Somewhere',
      scale: 'city',
      iso: ['GB-WLS'],
      lat: 51.48,
      lon: -3.18,
      languages: ['cy', 'en'],
      focus: ['place', 'language'],
      software: 'mastodon',
      status: 'partial',
      unconfirmed: ['languages'],
    });
  });

  it('a language community has no pin, even when its area names coordinates', () => {
    const s = mapServer('lang.example', { area: { label: 'Speakers everywhere', scale: 'language', lat: 1, lon: 2 } });
    expect(isPlaced(s)).toBe(false);
    expect(s.lat).toBeUndefined();
    expect(noPlaceReason(s)).toBe('language');
  });

  it('an area without coordinates, or no area at all, has no pin and says why', () => {
    const noPin = mapServer('nopin.example', { area: { label: 'Wales', scale: 'nation' } });
    const noArea = mapServer('noarea.example', { area: undefined, focus: ['general'] });
    expect([isPlaced(noPin), noPlaceReason(noPin)]).toEqual([false, 'no-pin']);
    expect([isPlaced(noArea), noPlaceReason(noArea)]).toEqual([false, 'no-area']);
    expect(noPlaceReason(mapServer('placed.example'))).toBeUndefined();
  });

  it('copies lists, so the record never shares arrays with the parsed server', () => {
    const s = server('a.example');
    const m = toMapServer(s);
    m.languages.push('xx');
    expect(s.languages).toEqual(['en']);
  });
});

describe('partitionByPlace', () => {
  it('splits placed and placeless servers, each kept in order', () => {
    const servers = [mapServer('a.example'), mapServer('b.example', { area: { label: 'Everywhere', scale: 'language' } }), mapServer('c.example')];
    const { placed, placeless } = partitionByPlace(servers);
    expect(placed.map((s) => s.domain)).toEqual(['a.example', 'c.example']);
    expect(placeless.map((s) => s.domain)).toEqual(['b.example']);
  });
});

describe('listRowId', () => {
  it('names a row after its domain', () => {
    expect(listRowId('toot.wales')).toBe('server-toot.wales');
  });
});
