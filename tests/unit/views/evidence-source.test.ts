/** Evidence links named by their source. */
import { describe, expect, it } from 'vitest';
import { evidenceSource } from '../../../src/lib/views/evidence-source.ts';

describe('evidenceSource', () => {
  it('names a file of the Oliphant archive at a commit as the archive', () => {
    expect(evidenceSource('https://github.com/sgrigson/oliphant/blob/9e81f283a0a843fdd5a2d7d52deca84a64041b84/blocklists/toot.wales.csv')).toEqual({ kind: 'oliphant' });
    expect(evidenceSource('https://raw.githubusercontent.com/sgrigson/oliphant/main/blocklists/x.csv')).toEqual({ kind: 'oliphant' });
  });
  it('names Fediverse Near Me', () => {
    expect(evidenceSource('https://github.com/jazmichaelking/mastodon-near-me/tree/8765f271')).toEqual({ kind: 'near-me' });
  });
  it('names any other page, on GitHub or not, by its host', () => {
    expect(evidenceSource('https://mastodon.help/instances/toot.wales')).toEqual({ kind: 'host', host: 'mastodon.help' });
    expect(evidenceSource('https://github.com/someone/other/blob/x')).toEqual({ kind: 'host', host: 'github.com' });
    expect(evidenceSource('https://github.com/sgrigson/oliphantine/x')).toEqual({ kind: 'host', host: 'github.com' });
  });
  it('shows an internationalised host in Unicode', () => {
    expect(evidenceSource('https://xn--69aa8bzb.xn--y9a3aq/about')).toEqual({ kind: 'host', host: 'թութ.հայ' });
  });
  it('keeps text that is not a URL as it is', () => {
    expect(evidenceSource('not a url')).toEqual({ kind: 'host', host: 'not a url' });
  });
});
