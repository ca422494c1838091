import { describe, expect, it } from 'vitest';
import { domainOfUrl, fitsPattern, isWithin, mastodonPattern, readDomain } from '../../../src/lib/import/domain.ts';

describe('readDomain', () => {
  it('normalises case, spaces and a trailing dot', () => {
    expect(readDomain('  Example.SOCIAL. ')).toEqual({ kind: 'domain', domain: 'example.social' });
  });
  it('converts internationalised names to punycode', () => {
    expect(readDomain('bücher.example')).toEqual({ kind: 'domain', domain: 'xn--bcher-kva.example' });
  });
  it('reads *.example.com as a wildcard for example.com', () => {
    expect(readDomain('*.Example.com')).toEqual({ kind: 'wildcard', domain: 'example.com', written: '*.example.com' });
  });
  it('reads other * as an obfuscated pattern', () => {
    expect(readDomain('thr****.*et')).toEqual({ kind: 'pattern', pattern: 'thr****.*et' });
  });
  it('rejects what is not a domain, saying why', () => {
    expect(readDomain('').kind).toBe('invalid');
    expect(readDomain('https://x.example/').kind).toBe('invalid');
    const spaced = readDomain('two words.example');
    expect(spaced.kind === 'invalid' && spaced.reason).toContain('white space');
    expect(readDomain('a..b').kind).toBe('invalid');
  });

  it('reads what real lists block beyond full domains: top-level domains and IP addresses', () => {
    expect(readDomain('cf')).toEqual({ kind: 'domain', domain: 'cf' });
    // A leading dot, like "*.", names the domain and its subdomains: read as a wildcard, so a plain entry wins.
    expect(readDomain('.tk')).toEqual({ kind: 'wildcard', domain: 'tk', written: '.tk' });
    expect(readDomain('2A01:4f8:140:2113:0::2')).toEqual({ kind: 'domain', domain: '2a01:4f8:140:2113::2' });
    expect(readDomain('129.159.139.0')).toEqual({ kind: 'domain', domain: '129.159.139.0' });
    expect(readDomain('300.1.1.1').kind).toBe('invalid');
  });
});

describe('patterns', () => {
  it('fitsPattern needs the same length and equal visible characters', () => {
    expect(fitsPattern('threads.net', 'thr****.*et')).toBe(true);
    expect(fitsPattern('threads.org', 'thr****.*et')).toBe(false);
    expect(fitsPattern('threads.net', 'thr****.*ett')).toBe(false);
    expect(fitsPattern('threadz.net', 'thr****.*et')).toBe(true);
  });
  it('mastodonPattern hides the middle half but not the dots, as Mastodon does', () => {
    expect(mastodonPattern('threads.net')).toBe('thr****.*et');
    expect(mastodonPattern('hidden.example')).toBe('hidd**.****ple');
    expect(fitsPattern('hidden.example', mastodonPattern('hidden.example'))).toBe(true);
  });
});

describe('helpers', () => {
  it('domainOfUrl takes the host of a server URL', () => {
    expect(domainOfUrl('https://Xarxa.Example/')).toBe('xarxa.example');
    expect(domainOfUrl('not a url')).toBeUndefined();
    expect(domainOfUrl('mailto:a@b.example')).toBeUndefined();
  });
  it('isWithin covers the domain and its subdomains only', () => {
    expect(isWithin('a.b.example', 'b.example')).toBe(true);
    expect(isWithin('b.example', 'b.example')).toBe(true);
    expect(isWithin('ab.example', 'b.example')).toBe(false);
  });
});
