import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOCUSES, LIST_STATUSES, SOFTWARE } from '../../src/lib/schema/server.ts';
import {
  coordinateDecimals,
  decodeViewState,
  encodeViewState,
  filtersOf,
  MAX_LATITUDE,
  MAX_QUERY_LENGTH,
  normaliseViewState,
  roundView,
  VIEW_KEYS,
  ZOOM_LIMITS,
  type ViewState,
} from '../../src/lib/view-state.ts';

/** Any state, valid values and junk mixed: every field optional. */
const stateArb: fc.Arbitrary<ViewState> = fc.record(
  {
    q: fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constant(' Tŵt  Cymru & co=1 ')),
    lang: fc.oneof(fc.constantFrom('cy', 'en', 'eu', 'pt-BR', 'zh-Hant', 'gd'), fc.string({ maxLength: 6 })),
    area: fc.oneof(fc.constantFrom('GB', 'gb-wls', 'ES-PV', 'FR-64', 'US-NY'), fc.string({ maxLength: 6 })),
    focus: fc.oneof(fc.constantFrom(...FOCUSES), fc.string({ maxLength: 5 })),
    software: fc.oneof(fc.constantFrom(...SOFTWARE), fc.string({ maxLength: 5 })),
    status: fc.oneof(fc.constantFrom(...LIST_STATUSES), fc.string({ maxLength: 5 })),
    domain: fc.oneof(fc.constantFrom('threads.net', 'Mastodon.Social', 'xn--bcher-kva.example', 'a-b.c.example'), fc.domain(), fc.string({ maxLength: 8 })),
    date: fc.oneof(fc.constantFrom('2023-12-31', '2025-02-01', '2024-02-29', '2023-02-29', '2025-13-01', '2025-1-1'), fc.string({ maxLength: 10 })),
    view: fc.record({
      zoom: fc.oneof(fc.integer({ min: -3, max: 25 }), fc.double({ min: -3, max: 25, noNaN: true })),
      lat: fc.double({ min: -100, max: 100, noNaN: true }),
      lon: fc.double({ min: -200, max: 200, noNaN: true }),
    }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<ViewState>;

describe('encodeViewState / decodeViewState', () => {
  it('keeps a period answers are restricted to, only one of the offered ones, after the date', () => {
    expect(encodeViewState({ domain: 'threads.net', date: '2023-12-31', confirmed: 12 })).toBe('domain=threads.net&date=2023-12-31&confirmed=12');
    expect(decodeViewState('?confirmed=24&date=2023-12-31')).toEqual({ date: '2023-12-31', confirmed: 24 });
    for (const bad of ['?confirmed=13', '?confirmed=-12', '?confirmed=1e2', '?confirmed=']) expect(decodeViewState(bad).confirmed, bad).toBeUndefined();
  });

  it('writes a readable query, keys in a fixed order, nothing for the default view', () => {
    expect(encodeViewState({})).toBe('');
    expect(encodeViewState({ domain: 'threads.net', lang: 'cy', view: { zoom: 6, lat: 52.281602, lon: -3.493652 } })).toBe(
      'lang=cy&domain=threads.net&map=6/52.28/-3.49',
    );
    expect(encodeViewState({ q: 'Tŵt & co' })).toBe('q=T%C5%B5t+%26+co');
  });

  it('reads what it wrote, with or without the leading "?"', () => {
    const state: ViewState = { q: 'wales', lang: 'cy', area: 'GB-WLS', focus: 'place', software: 'mastodon', status: 'partial', size: '10000', domain: 'threads.net', view: { zoom: 5, lat: 52.28, lon: -3.49 } };
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
    expect(encodeViewState({ size: 'unknown', status: 'partial' })).toBe('status=partial&size=unknown');
    expect(decodeViewState(`?${encodeViewState(state)}`)).toEqual(state);
  });

  it('reads the map view with slashes escaped or not', () => {
    expect(decodeViewState('map=4%2F50.1%2F-3')).toEqual({ view: { zoom: 4, lat: 50.1, lon: -3 } });
  });

  it('leaves out what it cannot read, and never throws', () => {
    expect(decodeViewState('focus=cats&software=msn&status=maybe&size=999&map=x/1/2&lang=%3Cb%3E&area=United+Kingdom&domain=not+a+domain&zzz=1')).toEqual({});
    expect(decodeViewState('map=5/52/-3/9')).toEqual({});
    expect(decodeViewState('map=1e3/1/2')).toEqual({});
    expect(decodeViewState('%%%')).toEqual({});
  });

  it('normalises: area in upper case, domain in lower case, search trimmed and collapsed, view clamped and rounded', () => {
    expect(decodeViewState('area=gb-wls&domain=Threads.NET&q=%20%20two%20%20words%20&map=25/89.123456/-181')).toEqual({
      area: 'GB-WLS',
      domain: 'threads.net',
      q: 'two words',
      view: { zoom: ZOOM_LIMITS.max, lat: MAX_LATITUDE, lon: -180 },
    });
    expect(decodeViewState(`q=${'x'.repeat(300)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('a key given twice counts once (the first)', () => {
    expect(decodeViewState('lang=cy&lang=eu')).toEqual({ lang: 'cy' });
  });

  it('property: decode(encode(s)) is normalise(s), and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const normal = normaliseViewState(s);
        expect(decodeViewState(encodeViewState(s))).toEqual(normal);
        expect(normaliseViewState(normal)).toEqual(normal);
        expect(encodeViewState(normal)).toBe(encodeViewState(s));
      }),
      { numRuns: 500 },
    );
  });

  it('property: a normalised state survives the round trip exactly', () => {
    fc.assert(
      fc.property(stateArb.map(normaliseViewState), (s) => {
        expect(decodeViewState(encodeViewState(s))).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('property: any query string decodes without throwing, and re-encodes to a fixed point', () => {
    const queryArb = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(fc.tuple(fc.constantFrom(...VIEW_KEYS, 'x'), fc.string({ maxLength: 12 }))).map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(queryArb, (q) => {
        const once = decodeViewState(q);
        const text = encodeViewState(once);
        expect(decodeViewState(text)).toEqual(once);
        expect(encodeViewState(decodeViewState(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('property: rounding moves the centre by less than half a pixel at its zoom', () => {
    const viewArb = fc.record({
      zoom: fc.integer({ min: ZOOM_LIMITS.min, max: ZOOM_LIMITS.max }),
      lat: fc.double({ min: -MAX_LATITUDE, max: MAX_LATITUDE, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(viewArb, (view) => {
        const back = decodeViewState(encodeViewState({ view })).view!;
        const pixelsPerDegree = (256 * 2 ** view.zoom) / 360;
        expect(back.zoom).toBe(view.zoom);
        expect(Math.abs(back.lon - view.lon) * pixelsPerDegree).toBeLessThanOrEqual(0.5);
        // A degree of latitude is at least as many pixels as one of longitude on Web Mercator; this bound is loose.
        expect(Math.abs(back.lat - view.lat) * pixelsPerDegree).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 500 },
    );
  });
});

describe('coordinateDecimals, roundView, filtersOf', () => {
  it('needs more decimals as the map zooms in', () => {
    expect([0, 5, 12, 20].map(coordinateDecimals)).toEqual([0, 2, 4, 6]);
  });

  it('rejects non-finite views and rounds the zoom', () => {
    expect(roundView({ zoom: Number.NaN, lat: 0, lon: 0 })).toBeUndefined();
    expect(roundView({ zoom: 4.6, lat: 10.123, lon: -0.0001 })).toEqual({ zoom: 5, lat: 10.12, lon: 0 });
  });

  it('filtersOf drops the domain, the date and the view', () => {
    expect(filtersOf({ lang: 'cy', domain: 'threads.net', date: '2023-12-31', view: { zoom: 1, lat: 0, lon: 0 } })).toEqual({ lang: 'cy' });
  });
});

describe('the date key', () => {
  it('keeps a real day, after the domain and before the map', () => {
    expect(encodeViewState({ domain: 'threads.net', date: '2023-12-31', view: { zoom: 6, lat: 52.28, lon: -3.49 } })).toBe('domain=threads.net&date=2023-12-31&map=6/52.28/-3.49');
    expect(decodeViewState('?date=2025-02-01&domain=threads.net')).toEqual({ domain: 'threads.net', date: '2025-02-01' });
    expect(decodeViewState('date=2024-02-29').date).toBe('2024-02-29');
  });

  it('drops a date that is not a real "YYYY-MM-DD" day', () => {
    for (const bad of ['2023-02-29', '2025-13-01', '2025-1-1', '2025-01', 'today', '']) expect(decodeViewState(`date=${bad}`)).toEqual({});
  });
});
