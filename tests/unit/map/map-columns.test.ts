import { describe, expect, it } from 'vitest';
import { decodeServers, encodeServers } from '../../../src/lib/map/map-columns.ts';
import type { MapServer } from '../../../src/lib/map/map-data.ts';
import { mapServer } from './helpers.ts';

describe('server columns', () => {
  const servers: MapServer[] = [
    { ...mapServer('a.example', { languages: ['cy', 'en'] }), users: 120 },
    mapServer('b.example', { area: { label: 'Wales', scale: 'nation', iso3166: ['GB-WLS'] }, unconfirmed: ['name', 'area'] } as never),
    mapServer('c.example', { area: undefined, software: 'misskey' } as never),
    { ...mapServer('d.example'), area: 'Cymru', areaLang: 'cy', areaLabel: 'Wales' },
    mapServer('e.example', { area: { label: 'Welsh speakers', scale: 'language', iso3166: [], lat: 52.1, lon: -3.6 } } as never),
  ];

  it('gives back the records it was given, absent fields absent', () => {
    const back = decodeServers(JSON.parse(JSON.stringify(encodeServers(servers))));
    expect(back).toEqual(servers);
    for (const [i, s] of back.entries()) expect(Object.keys(s).sort()).toEqual(Object.keys(servers[i]!).sort());
  });

  it('writes a repeated word or list once', () => {
    const many = Array.from({ length: 50 }, (_, i) => mapServer(`s${i}.example`));
    const columns = encodeServers(many);
    expect(columns.words.filter((w) => w === 'Somewhere')).toHaveLength(1);
    expect(columns.lists.filter((l) => l.join() === 'en')).toHaveLength(1);
    expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(many).length / 2);
  });

  it('fails loudly on a short column or an index that names nothing', () => {
    const columns = JSON.parse(JSON.stringify(encodeServers(servers))) as ReturnType<typeof encodeServers>;
    expect(() => decodeServers({ ...columns, name: columns.name.slice(1) })).toThrow(/"name"/);
    expect(() => decodeServers({ ...columns, word: { ...columns.word, area: columns.word.area.map(() => 999) } })).toThrow(/"area" of a\.example/);
    expect(() => decodeServers({ ...columns, list: { ...columns.list, focus: columns.list.focus.map(() => 999) } })).toThrow(/"focus" of a\.example/);
    expect(() => decodeServers(null)).toThrow(/columns/);
  });
});
