import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { admin1Topology, regionLabelZoom, type Admin1Feature } from '../../../src/lib/geo/admin1-topology.ts';

/** A box as a polygon ring (synthetic shapes, not Natural Earth's). */
function square(west: number, south: number, east: number, north: number): number[][][] {
  return [[[west, south], [west, north], [east, north], [east, south], [west, south]]];
}

// Synthetic regions: West and East share the line x = 2 inside country AAA; Far lies against East along x = 4 but in
// country BBB (that border is a country border, already drawn by the country layer); Bare has no label point.
const FEATURES: Admin1Feature[] = [
  { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(2, 0, 4, 2) }, properties: { adm1_code: 'AAA-2', name: 'Ost', name_en: 'East', adm0_a3: 'AAA', latitude: 1, longitude: 3, min_label: 6.6 } },
  { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(0, 0, 2, 2) }, properties: { adm1_code: 'AAA-1', name: 'West', adm0_a3: 'AAA', latitude: 1.25, longitude: 1, min_label: 3 } },
  { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(4, 0, 6, 2) }, properties: { adm1_code: 'BBB-1', name: 'Far', adm0_a3: 'BBB', latitude: 1, longitude: 5 } },
  { type: 'Feature', geometry: { type: 'Polygon', coordinates: square(10, 10, 11, 11) }, properties: { adm1_code: 'CCC-1', name: 'Bare', adm0_a3: 'CCC' } },
  { type: 'Feature', geometry: null, properties: { adm1_code: 'DDD-1', name: 'Nowhere', adm0_a3: 'DDD', latitude: 0, longitude: 0 } },
];

describe('admin1Topology (synthetic regions)', () => {
  const topo = admin1Topology(FEATURES, { minWeight: 0, quantization: 1e4, labelZoomShift: 0, minLabelZoom: 5, maxLabelZoom: 9 });

  it('keeps only borders between regions of one country: the line x = 2 from y = 0 to y = 2', () => {
    const borders = mesh(topo, topo.objects.borders);
    const points = borders.coordinates.flat();
    expect(points.length).toBeGreaterThanOrEqual(2);
    for (const [x, y] of points) {
      expect(x).toBeCloseTo(2, 3);
      expect(y).toBeGreaterThanOrEqual(-1e-3);
      expect(y).toBeLessThanOrEqual(2 + 1e-3);
    }
    const ys = points.map((p) => p[1]!).sort((a, b) => a - b);
    expect(ys[0]).toBeCloseTo(0, 3);
    expect(ys.at(-1)).toBeCloseTo(2, 3);
  });

  it('labels each region with an area and a label point, English name first, in region-code order', () => {
    const labels = feature(topo, topo.objects.regions).features.map((f) => ({ ...f.properties, at: (f.geometry as { coordinates: number[] }).coordinates }));
    expect(labels.map((l) => [l.n, l.z])).toEqual([
      ['West', 5],
      ['East', 6],
      ['Far', 9],
    ]);
    expect(labels[0]!.at[0]).toBeCloseTo(1, 3);
    expect(labels[0]!.at[1]).toBeCloseTo(1.25, 3);
  });

  it('is quantised (integer arcs) and gives the same bytes for the same regions in another order', () => {
    expect(topo.transform).toBeDefined();
    for (const arc of topo.arcs) for (const p of arc) expect(p.every(Number.isInteger)).toBe(true);
    const again = admin1Topology([...FEATURES].reverse(), { minWeight: 0, quantization: 1e4, labelZoomShift: 0, minLabelZoom: 5, maxLabelZoom: 9 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(topo));
  });

  it('simplification drops points that add nothing to a border', () => {
    // A wiggly shared border: x = 2 with a tiny bump at y = 1 (0.001 degrees).
    const wiggle = (dx: number) => [[[dx, 0], [dx, 1 - 0.01], [dx + 0.001, 1], [dx, 1 + 0.01], [dx, 2]]];
    const ring = (pts: number[][]) => [...pts, pts[0]!];
    const left: Admin1Feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring([[0, 0], ...wiggle(2)[0]!.slice(0, 5), [0, 2]])] }, properties: { adm1_code: 'A-1', name: 'L', adm0_a3: 'A' } };
    const right: Admin1Feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring([[4, 0], [4, 2], ...[...wiggle(2)[0]!].reverse()])] }, properties: { adm1_code: 'A-2', name: 'R', adm0_a3: 'A' } };
    const count = (w: number) => {
      const t = admin1Topology([left, right], { minWeight: w, quantization: 1e6, labelZoomShift: 0, minLabelZoom: 5, maxLabelZoom: 9 });
      return mesh(t, t.objects.borders).coordinates.flat().length;
    };
    expect(count(0)).toBeGreaterThan(count(1e-3));
  });
});

describe('regionLabelZoom', () => {
  it('starts two zooms before Natural Earth\'s, rounded down into 5 to 8; a region without one last', () => {
    expect(regionLabelZoom(8)).toBe(6);
    expect(regionLabelZoom(8.9)).toBe(6);
    expect(regionLabelZoom(6.6)).toBe(5);
    expect(regionLabelZoom(2)).toBe(5);
    expect(regionLabelZoom(11)).toBe(8);
    expect(regionLabelZoom(undefined)).toBe(8);
  });
});
