import { describe, expect, it } from 'vitest';
import { coordinates } from '../../../src/lib/rules/coordinates.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('coordinates', () => {
  it('accepts a pin in range', () => {
    expect(run(coordinates, VALID)).toEqual([]);
  });
  it('rejects a latitude out of range and hints at a swap', () => {
    expect(run(coordinates, variant('  lat: 52.3\n  lon: -3.5', '  lat: -103.5\n  lon: 52.3'))).toEqual([
      `${F}:10:8 error coordinates: latitude -103.5 is outside -90 to 90 (are lat and lon swapped?)`,
    ]);
  });
  it('rejects a longitude out of range', () => {
    expect(run(coordinates, variant('  lon: -3.5', '  lon: 183.5'))).toEqual([`${F}:11:8 error coordinates: longitude 183.5 is outside -180 to 180`]);
  });
  it('rejects half a position and Null Island', () => {
    expect(run(coordinates, variant('  lon: -3.5\n', ''))).toEqual([`${F}:10:8 error coordinates: area has lat without lon: give both or neither`]);
    expect(run(coordinates, variant('  lat: 52.3\n  lon: -3.5', '  lat: 0\n  lon: 0'))).toEqual([
      `${F}:10:8 error coordinates: the pin is at 0, 0 ("Null Island"), which is almost always a missing value`,
    ]);
  });
  it('warns when a placed community has no pin, not when a language community has none', () => {
    const noPin = variant('  lat: 52.3\n  lon: -3.5\n', '');
    expect(run(coordinates, noPin)).toEqual([`${F}:7:3 warning coordinates: area has scale "nation" but no lat/lon: the server will not appear on the map`]);
    expect(run(coordinates, variant('scale: nation', 'scale: language', noPin))).toEqual([]);
  });
});
