/** The pages' words for decisions and evidence. */
import { describe, expect, it } from 'vitest';
import { decisionEvidence, evidenceWords, httpsUrl, severityText, sinceKey, sinceText, sourceName, urlHost } from '../../../src/lib/views/words.ts';
import { translator } from '../../../src/locales/index.ts';

const t = translator('en');

describe('words', () => {
  it('dates keep "on or before"', () => {
    expect(sinceText('2025-01-19', t)).toBe('2025-01-19');
    expect(sinceText({ on_or_before: '2023-06-18' }, t)).toBe('on or before 2023-06-18');
    expect(sinceText({ on_or_before: '2023-06-18' }, translator('cy'))).toBe('ar neu cyn 2023-06-18');
    expect(sinceKey({ on_or_before: '2023-06-18' })).toBe('2023-06-18');
    expect(severityText('silence', t)).toBe('Limit');
  });
  it('evidence: the decision\'s own, else its list\'s, else none', () => {
    const own = { url: 'https://a.example/post', retrieved: '2026-01-01' };
    const list = { url: 'https://a.example/api/v1/instance/domain_blocks', retrieved: '2026-02-02' };
    expect(decisionEvidence({ evidence: own }, { blocklist: { status: 'published', evidence: list } })).toEqual({ ...own, fromList: false });
    expect(decisionEvidence({}, { blocklist: { status: 'published', evidence: list } })).toEqual({ ...list, fromList: true });
    expect(decisionEvidence({}, { blocklist: { status: 'partial' } })).toBeUndefined();
  });
  it('only plain https URLs become links', () => {
    expect(httpsUrl('https://blogs.toot.wales/toot/x')).toBe('https://blogs.toot.wales/toot/x');
    expect(httpsUrl('http://example.com/')).toBeUndefined();
    expect(httpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpsUrl('https://user:pw@example.com/')).toBeUndefined();
    expect(httpsUrl('not a url')).toBeUndefined();
    expect(urlHost('https://blogs.toot.wales/toot/x')).toBe('blogs.toot.wales');
  });
  it('a third party\'s check reads "observed by <observer> on <day>", never like the server\'s own list', () => {
    const seen = { url: 'https://mastodon.help/instances/en?id=1', retrieved: '2025-04-01', kind: 'observation' as const };
    const w = evidenceWords(seen, t, (iso) => `D(${iso})`);
    expect(w).toEqual({ lead: 'observed by ', text: 'mastodon.help', trail: 'on D(2025-04-01)' });
    expect(`${w.lead}${w.text} ${w.trail}`).toBe('observed by mastodon.help on D(2025-04-01)');
    const cy = evidenceWords(seen, translator('cy'));
    expect(`${cy.lead}${cy.text} ${cy.trail}`).toBe('arsylwyd gan mastodon.help ar 2025-04-01');
    // The server's own list, and an announcement, keep their words.
    const list = evidenceWords({ url: 'https://a.example/api/v1/instance/domain_blocks', retrieved: '2026-02-02', kind: 'block-list', fromList: true }, t);
    expect(list).toEqual({ lead: 'from its list: ', text: 'a.example', trail: 'block list, read 2026-02-02' });
    expect(evidenceWords({ url: 'https://b.example/post', retrieved: '2026-01-01' }, t).trail).toBe('read 2026-01-01');
    expect(list.trail).not.toContain('observed');
  });
  it('names an archived list by its source and snapshot, not by "github.com"', () => {
    const url = 'https://github.com/sgrigson/oliphant/blob/9e81f283a0a843fdd5a2d7d52deca84a64041b84/blocklists/toot.wales.csv';
    const w = evidenceWords({ url, retrieved: '2023-08-07', kind: 'archive', fromList: true }, t, (iso) => `D(${iso})`);
    expect(w).toEqual({ lead: 'from its list: ', text: 'Oliphant archive, snapshot of D(2023-08-07)', trail: '' });
    expect(evidenceWords({ url, retrieved: '2023-08-07', kind: 'archive' }, translator('cy')).text).toBe('Archif Oliphant, ciplun o 2023-08-07');
    const nearMe = evidenceWords({ url: 'https://github.com/jazmichaelking/mastodon-near-me/tree/8765f271', retrieved: '2026-01-01', kind: 'directory' }, t);
    expect(nearMe.text).toBe('Fediverse Near Me');
    expect(nearMe.trail).toBe('directory, read 2026-01-01');
  });
  it('names a source for the sources list the way evidence links name it', () => {
    const oliphant = { url: 'https://github.com/sgrigson/oliphant/blob/038ece5a835069c5faa77cc43d5bf68d73f06047/blocklists/solarpunk.moe.csv', retrieved: '2023-08-28' };
    expect(sourceName(oliphant, t)).toBe('Oliphant archive, snapshot of 2023-08-28');
    expect(sourceName({ url: 'https://github.com/jazmichaelking/mastodon-near-me/tree/8765f271', retrieved: '2026-01-01' }, translator('cy'))).toBe('Fediverse Near Me');
    expect(sourceName({ url: 'https://xn--69aa8bzb.xn--y9a3aq/about', retrieved: '2026-01-01' }, t)).toBe('թութ.հայ');
  });
});
