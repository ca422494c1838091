import { describe, expect, it } from 'vitest';
import { localText } from '../../../src/lib/views/local-text.ts';

// A synthetic server for this test.
const server = {
  summary: 'A server for Wales.',
  area: { label: 'Wales', scale: 'nation' as const, iso3166: ['GB-WLS'] },
  translations: { cy: { summary: 'Gweinydd i Gymru.', area_label: 'Cymru' }, eu: { area_label: 'Gales' } },
};

describe('localText', () => {
  it('gives the translation in the reader’s language, marked with it', () => {
    expect(localText(server, 'cy', 'en')).toEqual({ summary: { text: 'Gweinydd i Gymru.', lang: 'cy' }, area: { text: 'Cymru', lang: 'cy' } });
  });
  it('falls back to the curators’ text, marked English, field by field', () => {
    expect(localText(server, 'eu', 'en')).toEqual({ summary: { text: 'A server for Wales.', lang: 'en' }, area: { text: 'Gales', lang: 'eu' } });
    expect(localText(server, 'ga', 'en')).toEqual({ summary: { text: 'A server for Wales.', lang: 'en' }, area: { text: 'Wales', lang: 'en' } });
  });
  it('never uses a translation on pages in the curators’ own language', () => {
    expect(localText({ ...server, translations: { en: { summary: 'other' } } }, 'en', 'en').summary).toEqual({ text: 'A server for Wales.', lang: 'en' });
  });
  it('gives nothing the server lacks', () => {
    expect(localText({ translations: { cy: { summary: 'x' } } }, 'cy', 'en')).toEqual({});
  });
});
