import { describe, expect, it } from 'vitest';
import { lookalikesOf, skeleton, skeletonIndex } from '../../src/lib/skeleton.ts';

describe('skeleton', () => {
  it('reads digits, letter pairs, accents, Cyrillic and Greek look-alikes as the Latin letters they imitate', () => {
    expect(skeleton('t00t.wales')).toBe(skeleton('toot.wales'));
    expect(skeleton('rnastodon.social')).toBe(skeleton('mastodon.social'));
    expect(skeleton('xn--tot-gna.wales')).toBe(skeleton('toot.wales')); // tóot.wales, in punycode
    expect(skeleton('tооt.wales')).toBe(skeleton('toot.wales')); // Cyrillic о, in Unicode
    expect(skeleton('ｔｏｏｔ.wales')).toBe(skeleton('toot.wales')); // full-width letters
    expect(skeleton('mastodon.socia1')).toBe(skeleton('mastodon.social'));
  });

  it('keeps apart domains a reader tells apart', () => {
    expect(skeleton('toot.wales')).not.toBe(skeleton('toot.cymru'));
    expect(skeleton('mil.example')).not.toBe(skeleton('mii.example'));
    expect(skeleton('toot-wales.example')).not.toBe(skeleton('toot.wales.example'));
  });
});

describe('lookalikesOf', () => {
  it('names the known domains a domain imitates, never itself', () => {
    const index = skeletonIndex(['toot.wales', 'mastodon.social', 'mastodon.eus']);
    expect(lookalikesOf('t0ot.wales', index)).toEqual(['toot.wales']);
    expect(lookalikesOf('toot.wales', index)).toEqual([]);
    expect(lookalikesOf('threads.net', index)).toEqual([]);
  });
});
