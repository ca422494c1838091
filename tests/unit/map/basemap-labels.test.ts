import { describe, expect, it } from 'vitest';
import { overlaps } from '../../../src/lib/label-placement.ts';
import { placeZoom, visibleLabels, type PlaceRow, type RegionRow } from '../../../src/lib/map/basemap-labels.ts';

// Synthetic places on a flat projection: 10 pixels a degree, x from lon, y from lat (north up).
const project = (lat: number, lon: number) => ({ x: lon * 10, y: (60 - lat) * 10 });
const view = { width: 300, height: 200 };
const regions: RegionRow[] = [
  { name: 'North', lat: 55, lon: 10, zoom: 6 },
  { name: 'South', lat: 42, lon: 10, zoom: 8 },
];

describe('visibleLabels', () => {
  const places: PlaceRow[] = [
    ['Capital', 50, 10, 0],
    ['Nearby', 50, 10.5, 2], // 5 px east of Capital: no room on either side
    ['Town', 45, 20, 3],
    ['Faraway', 50, 100, 0], // out of sight
  ];

  it('shows nothing below the zoom places start at', () => {
    expect(visibleLabels(places, regions, 4, project, view)).toEqual([]);
  });

  it('at zoom 5 only rank-0 places in sight; higher zooms add regions and smaller places, without overlap', () => {
    expect(visibleLabels(places, regions, 5, project, view).map((l) => l.text)).toEqual(['Capital']);
    expect(visibleLabels(places, regions, 6, project, view).map((l) => l.text)).toEqual(['Capital', 'North']);
    expect(visibleLabels(places, regions, 8, project, view).map((l) => l.text)).toEqual(['Capital', 'North', 'South', 'Town']);
  });

  it('a place\'s name is right of its dot, its box holding the dot; a region\'s is centred on its point', () => {
    const [capital, north] = visibleLabels(places, regions, 6, project, view);
    expect(capital).toMatchObject({ text: 'Capital', side: 'right', x: 100, y: 100 });
    expect(capital!.box.x0).toBeLessThan(100 - 3);
    expect(capital!.box.x1).toBeGreaterThan(100 + 7 * 13 * 0.6);
    expect((capital!.box.y0 + capital!.box.y1) / 2).toBeCloseTo(100);
    expect(north).toMatchObject({ text: 'North', x: 100, y: 50 });
    expect(north!.side).toBeUndefined();
    expect((north!.box.x0 + north!.box.x1) / 2).toBeCloseTo(100);
  });

  it('a city of 300,000 or more goes before a region\'s name, a smaller one after it', () => {
    const city: PlaceRow[] = [['Midtown', 55, 10, 1]]; // on North's label point
    expect(visibleLabels(city, regions, 7, project, view).map((l) => l.text)).toEqual(['Midtown']);
    const town: PlaceRow[] = [['Midtown', 55, 10, 2]];
    expect(visibleLabels(town, regions, 7, project, view).map((l) => l.text)).toEqual(['North']);
  });

  it('a region named like a place in sight is left to the place, wherever they are', () => {
    const twin: PlaceRow[] = [['north', 45, 20, 3]];
    expect(visibleLabels(twin, regions, 7, project, view).map((l) => l.text)).toEqual(['north']);
  });

  it('a name that would run off the right edge goes to the left of its dot; one that fits nowhere is left out', () => {
    const edge: PlaceRow[] = [['Edgeton', 50, 29, 0]]; // 10 px from the right edge
    expect(visibleLabels(edge, [], 5, project, view).map((l) => [l.text, l.side])).toEqual([['Edgeton', 'left']]);
    const tooLong: PlaceRow[] = [['A very long name indeed', 50, 0.2, 0]]; // 2 px from the left edge
    expect(visibleLabels(tooLong, [], 5, project, { width: 100, height: 200 })).toEqual([]);
  });

  it('a name whose right is taken goes left', () => {
    const pair: PlaceRow[] = [
      ['Big', 50, 15, 0],
      ['Small', 50, 12, 2], // its name on the right would run into Big's dot
    ];
    expect(visibleLabels(pair, [], 7, project, view).map((l) => [l.text, l.side])).toEqual([
      ['Big', 'right'],
      ['Small', 'left'],
    ]);
  });

  it('every kept label is clear of every other', () => {
    const many: PlaceRow[] = Array.from({ length: 40 }, (_, i) => [`Place ${i}`, 50 + (i % 5) * 0.3, 5 + Math.floor(i / 5) * 2, i % 4] as const);
    const kept = visibleLabels(many, regions, 9, project, view);
    expect(kept.length).toBeGreaterThan(1);
    for (const a of kept) for (const b of kept) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
  });
});

describe('placeZoom', () => {
  it('names rank 0 from zoom 5, ranks 1 and 2 from 6, the rest from 7', () => {
    expect([0, 1, 2, 3, 9].map(placeZoom)).toEqual([5, 6, 6, 7, 7]);
  });
});
