import { describe, expect, it } from 'vitest';
import { parsePayload, type MapPayload } from '../../../src/lib/map/payload.ts';
import { mapServer } from './helpers.ts';

describe('parsePayload', () => {
  const payload: MapPayload = { servers: [mapServer('a.example')], languageLabels: { en: 'English (en)' }, asOf: '2026-01-02', reachBase: '/atlas/data/reach/', pickerList: '/atlas/data/picker.json' };

  it('reads what the page wrote', () => {
    expect(parsePayload(JSON.stringify(payload))).toEqual(payload);
  });

  it('fails loudly on a broken payload, naming what is wrong', () => {
    expect(() => parsePayload('null')).toThrow(/expected an object/);
    expect(() => parsePayload(JSON.stringify({ ...payload, servers: undefined }))).toThrow(/servers/);
    expect(() => parsePayload(JSON.stringify({ ...payload, pickerList: ['threads.net'] }))).toThrow(/pickerList/);
    expect(() => parsePayload(JSON.stringify({ ...payload, asOf: 1 }))).toThrow(/asOf/);
    expect(() => parsePayload(JSON.stringify({ ...payload, languageLabels: null }))).toThrow(/languageLabels/);
    expect(() => parsePayload('{')).toThrow(SyntaxError);
  });
});
