/** The site's own addresses: one repository URL, and the curator's guide section every server page links to. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORRECTIONS_URL, CURATOR_GUIDE_URL, REPO_URL } from '../../src/lib/site.ts';

describe('site addresses', () => {
  it('derive from REPO_URL', () => {
    expect(REPO_URL).toBe('https://github.com/federation-atlas/federation-atlas');
    expect(CURATOR_GUIDE_URL.startsWith(`${REPO_URL}/`)).toBe(true);
    expect(CORRECTIONS_URL).toBe(`${REPO_URL}/blob/main/data/README.md#corrections-and-opt-out`);
  });
  it('the corrections anchor is a real heading of data/README.md', () => {
    const guide = readFileSync('data/README.md', 'utf8');
    const anchors = [...guide.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, '').trim().replace(/ /g, '-'));
    expect(anchors).toContain(CORRECTIONS_URL.split('#')[1]);
  });
});
