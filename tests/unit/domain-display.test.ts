/** Domains shown to readers in Unicode, their ASCII form kept for the hover title. */
import { describe, expect, it } from 'vitest';
import punycode from 'punycode/punycode.js';
import { domainDisplay, toUnicode } from '../../src/lib/domain.ts';

describe('domainDisplay', () => {
  it('shows a punycode domain in Unicode, with its ASCII form as the title', () => {
    expect(domainDisplay('xn--69aa8bzb.xn--y9a3aq')).toEqual({ text: 'թութ.հայ', title: 'xn--69aa8bzb.xn--y9a3aq' });
    expect(domainDisplay('xn--lofll-1sat.is')).toEqual({ text: 'loðfíll.is', title: 'xn--lofll-1sat.is' });
  });
  it('leaves an ASCII domain, an IP address and a malformed label alone, with no title', () => {
    expect(domainDisplay('toot.wales')).toEqual({ text: 'toot.wales' });
    expect(domainDisplay('203.0.113.7')).toEqual({ text: '203.0.113.7' });
    expect(domainDisplay('xn--.example')).toEqual({ text: 'xn--.example' });
  });
});

describe('toUnicode', () => {
  it('gives what punycode gives, for plain ASCII (returned as it is) and for everything sent through it', () => {
    const inputs = [
      'example.com',
      'EXAMPLE.Com',
      'blogs.toot.wales',
      '',
      'xn--69aa8bzb.xn--y9a3aq',
      'toot.xn--y9a3aq',
      'XN--69AA8BZB.example',
      'xn--zz',
      'user@xn--69aa8bzb.example',
      'a@b@c.example',
      'foo\u3002bar.example',
      'münchen.de',
      'host:8443',
    ];
    const reference = (d: string) => {
      try {
        return punycode.toUnicode(d);
      } catch {
        return d;
      }
    };
    for (const d of inputs) expect(toUnicode(d), d).toBe(reference(d));
  });
});
