/** The headline figures: the most aligned pairs and the people cut off, from the lib's own answers. */
import { describe, expect, it } from 'vitest';
import { alignment } from '../../src/lib/align/alignment.ts';
import { headlineFigures, communitySizes, formatHeadlineFigures } from '../../src/lib/headline-figures.ts';
import { prepareAll } from '../../src/lib/reach/domain-reach.ts';
import type { Server } from '../../src/lib/schema/server.ts';
import { loadFixtures } from './reach/helpers.ts';

const servers = [...loadFixtures().values()];

describe('headlineFigures', () => {
  it('takes the top scored pairs of the alignment and counts who was left out, by reason', () => {
    const note = headlineFigures(servers, '2025-06-01');
    const a = alignment(prepareAll(servers), '2025-06-01');
    expect(note.pairs).toEqual(a.pairs.filter((p) => p.score !== undefined).slice(0, 5));
    expect(note.members).toBe(a.members.length);
    expect(note.leftOut['list-unknown'] + note.leftOut['list-partial']).toBe(a.leftOut.length);
    expect(note.leftOut['list-partial']).toBe(servers.filter((s) => s.blocklist.status === 'partial').length);
    expect(note.people.unknownSize + note.people.sized.length).toBe(servers.filter((s) => s.domain !== 'threads.net').length);
  });

  it('reads sizes from `users`, and says so in the text', () => {
    const sized: Server[] = servers.map((s, i) =>
      i === 0 ? { ...s, users: { total: 1000, counted: '2025-05-01', evidence: { url: 'https://example.org/nodeinfo', retrieved: '2025-05-01', kind: 'api' } } } : s,
    );
    expect(communitySizes(sized).get(sized[0]!.domain)).toEqual({ total: 1000, counted: '2025-05-01', url: 'https://example.org/nodeinfo' });
    const text = formatHeadlineFigures(headlineFigures(sized, '2025-06-01'));
    expect(text).toContain('1,000 accounts counted on 1 communities of known size');
    expect(text).toContain('counted on 2025-05-01, from 1 source (example.org)');
    expect(servers.some((s) => s.domain === 'threads.net')).toBe(false);
    expect(text).toContain(`${servers.length - 1} communities left out: their size is unknown.`);
  });
});
