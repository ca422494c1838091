/** The rows a view downloads: column names and state codes are a data format; the words follow the interface language. */
import { describe, expect, it } from 'vitest';
import { REACH_EXPORT_COLUMNS, reachExportRow } from '../../../src/lib/press/view-rows.ts';
import type { CommunityReach } from '../../../src/lib/reach/domain-reach.ts';
import { translator } from '../../../src/locales/index.ts';

const unknown = { community: 'a.example', reach: { state: 'unknown', reason: 'list-unknown', possible: ['suspends', 'limits', 'reaches'] } } as unknown as CommunityReach;
const suspends = {
  community: 'b.example',
  reach: { state: 'suspends', reason: 'decision', possible: ['suspends'], decision: { domain: 'threads.net', severity: 'suspend', since: { on_or_before: '2023-06-18' } } },
} as unknown as CommunityReach;

describe('reachExportRow', () => {
  it('keeps the columns and codes, and words the reason and an "on or before" date in the language of t', () => {
    const en = reachExportRow(unknown, undefined, undefined, translator('en'));
    expect(Object.keys(en)).toEqual([...REACH_EXPORT_COLUMNS]);
    expect(en.state).toBe('unknown');
    expect(en.why).toBe('its block list has not been read');
    expect(reachExportRow(unknown, undefined, undefined, translator('cy')).why).toBe("nid yw ei restr flocio wedi'i darllen");
    expect(reachExportRow(suspends, { name: 'B' }, undefined, translator('en')).since).toBe('on or before 2023-06-18');
    expect(reachExportRow(suspends, { name: 'B' }, undefined, translator('cy')).since).toBe('ar neu cyn 2023-06-18');
  });
});
