import { describe, expect, it } from 'vitest';
import { encodePayload, parsePayload, type MapPayload } from '../../../src/lib/map/payload.ts';
import { mapServer } from './helpers.ts';

describe('parsePayload', () => {
  const payload: MapPayload = { servers: [mapServer('a.example')], languageLabels: { en: 'English (en)' }, asOf: '2026-01-02', reachBase: '/atlas/data/reach/', pickerList: '/atlas/data/picker.json' };

  it('reads what the page wrote', () => {
    expect(parsePayload(encodePayload(payload))).toEqual(payload);
  });

  it('fails loudly on a broken payload, naming what is wrong', () => {
    expect(() => parsePayload('null')).toThrow(/expected an object/);
    const written = JSON.parse(encodePayload(payload)) as Record<string, unknown>;
    expect(() => parsePayload(JSON.stringify({ ...written, servers: undefined }))).toThrow(/servers/);
    // The records as objects (the page's former form) are not read as columns.
    expect(() => parsePayload(JSON.stringify({ ...written, servers: payload.servers }))).toThrow(/servers/);
    expect(() => parsePayload(JSON.stringify({ ...written, pickerList: ['threads.net'] }))).toThrow(/pickerList/);
    expect(() => parsePayload(JSON.stringify({ ...written, asOf: 1 }))).toThrow(/asOf/);
    expect(() => parsePayload(JSON.stringify({ ...written, languageLabels: null }))).toThrow(/languageLabels/);
    expect(() => parsePayload('{')).toThrow(SyntaxError);
  });
});
