import { describe, expect, it } from 'vitest';
import { textControls } from '../../../src/lib/rules/text-controls.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('text-controls', () => {
  it('accepts ordinary text in any script', () => {
    expect(run(textControls, variant('name: Atlas test server', 'name: "Tŵt · Мастодон · ماستدون"'))).toEqual([]);
  });
  it('reports a right-to-left override and a zero-width space', () => {
    expect(run(textControls, variant('name: Atlas test server', 'name: "Atlas \\u202Etest"'))).toEqual([
      `${F}:3:7 error text-controls: contains the invisible character U+202E, which can disguise or reorder what readers see: remove it`,
    ]);
    expect(run(textControls, variant('  label: Wales', '  label: "Wa\\u200Bles"'))).toEqual([
      `${F}:7:10 error text-controls: contains the invisible character U+200B, which can disguise or reorder what readers see: remove it`,
    ]);
  });
});
