import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, placeLabels, placeZoom, textWidth, visibleLabels, type PlaceRow, type RegionRow } from '../../../src/lib/map/basemap-labels.ts';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('overlaps', () => {
  it('boxes that meet or come within the padding overlap; boxes apart do not', () => {
    expect(overlaps(box(0, 0, 10, 10), box(5, 5, 10, 10), 0)).toBe(true);
    expect(overlaps(box(0, 0, 10, 10), box(11, 0, 10, 10), 0)).toBe(false);
    expect(overlaps(box(0, 0, 10, 10), box(11, 0, 10, 10), 1)).toBe(true);
    expect(overlaps(box(0, 0, 10, 10), box(0, 30, 10, 10), 2)).toBe(false);
  });
});

describe('placeLabels (greedy by order)', () => {
  it('keeps the first of two overlapping labels and any label clear of those kept', () => {
    const a = { id: 'a', box: box(0, 0, 50, 10) };
    const b = { id: 'b', box: box(40, 5, 50, 10) }; // meets a
    const c = { id: 'c', box: box(85, 5, 20, 10) }; // meets b only: b was dropped, so c stays
    const d = { id: 'd', box: box(0, 40, 10, 10) };
    expect(placeLabels([[a], [b], [c], [d]], 0).map((l) => l.id)).toEqual(['a', 'c', 'd']);
    expect(placeLabels([[b], [a], [c], [d]], 0).map((l) => l.id)).toEqual(['b', 'd']);
  });
  it('takes a label\'s next way when its first is taken, and the first when it is free', () => {
    const a = { id: 'a', box: box(0, 0, 50, 10) };
    const bRight = { id: 'b right', box: box(40, 0, 50, 10) };
    const bLeft = { id: 'b left', box: box(-60, 0, 50, 10) };
    expect(placeLabels([[a], [bRight, bLeft]], 0).map((l) => l.id)).toEqual(['a', 'b left']);
    expect(placeLabels([[bRight, bLeft], [a]], 0).map((l) => l.id)).toEqual(['b right']);
  });
});

describe('labelBox and textWidth', () => {
  it('a place starts at its dot and runs right (or ends at it, on the left); a region is centred on its point', () => {
    const place = labelBox('place', 'Bonn', 100, 50, 2);
    expect(place.x).toBeLessThan(100);
    expect(place.x + place.width).toBeGreaterThan(100 + textWidth('Bonn', 12));
    const left = labelBox('place', 'Bonn', 100, 50, 2, 'left');
    expect(left.x).toBeLessThan(100 - textWidth('Bonn', 12));
    expect(left.x + left.width).toBeGreaterThan(100);
    expect(place.y + place.height / 2).toBeCloseTo(50);
    const region = labelBox('region', 'Hessen', 100, 50);
    expect(region.x + region.width / 2).toBeCloseTo(100);
    expect(region.y + region.height / 2).toBeCloseTo(50);
  });
  it('longer names are wider, capitals wider than ordinary text', () => {
    expect(textWidth('Mönchengladbach', 12)).toBeGreaterThan(textWidth('Bonn', 12));
    expect(textWidth('Bonn', 12, true)).toBeGreaterThan(textWidth('Bonn', 12));
  });
});

describe('visibleLabels', () => {
  // Synthetic places on a flat projection: 10 pixels a degree, x from lon, y from lat (north up).
  const project = (lat: number, lon: number) => ({ x: lon * 10, y: (60 - lat) * 10 });
  const view = { width: 300, height: 200 };
  const places: PlaceRow[] = [
    ['Capital', 50, 10, 0],
    ['Nearby', 50, 10.5, 2], // 5 px east of Capital: overlaps it
    ['Town', 45, 20, 3],
    ['Faraway', 50, 100, 0], // out of sight
  ];
  const regions: RegionRow[] = [
    { name: 'North', lat: 55, lon: 10, zoom: 6 },
    { name: 'South', lat: 42, lon: 10, zoom: 8 },
  ];

  it('shows nothing below the zoom places start at', () => {
    expect(visibleLabels(places, regions, 4, project, view)).toEqual([]);
  });

  it('at zoom 5 only rank-0 places in sight; higher zooms add regions and smaller places, without overlap', () => {
    expect(visibleLabels(places, regions, 5, project, view).map((l) => l.text)).toEqual(['Capital']);
    expect(visibleLabels(places, regions, 6, project, view).map((l) => l.text)).toEqual(['Capital', 'North']);
    expect(visibleLabels(places, regions, 8, project, view).map((l) => l.text)).toEqual(['Capital', 'North', 'South', 'Town']);
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
    expect(visibleLabels([...tooLong, ...edge], [], 5, project, { width: 100, height: 200 })).toEqual([]);
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
