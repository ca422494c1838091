import { describe, expect, it } from 'vitest';
import { parseResolve, resolveMap, wireUrl } from '../../../src/lib/refresh/resolve.ts';

describe('--resolve DOMAIN=URL', () => {
  it('reads the option', () => {
    expect(parseResolve('Toot.Example=http://127.0.0.1:8080/copy/')).toEqual(['toot.example', 'http://127.0.0.1:8080/copy']);
    expect(() => parseResolve('toot.example')).toThrow('DOMAIN=URL');
    expect(() => parseResolve('toot.example=ftp://x')).toThrow('not an http(s) URL');
    expect(() => parseResolve('toot.example=http://u:p@127.0.0.1/')).toThrow('plain base URL');
    expect(() => resolveMap(['a.example=http://127.0.0.1:1', 'a.example=http://127.0.0.1:2'])).toThrow('given twice');
  });

  it('sends https://DOMAIN/… to URL/…, path and query kept; other addresses unchanged', () => {
    const map = resolveMap(['a.example=http://127.0.0.1:8080/a.example']);
    expect(wireUrl('https://a.example/api/v1/instance/peers?filter=suspended', map)).toBe('http://127.0.0.1:8080/a.example/api/v1/instance/peers?filter=suspended');
    expect(wireUrl('https://b.example/x', map)).toBe('https://b.example/x');
    expect(wireUrl('https://a.example:8443/x', map)).toBe('https://a.example:8443/x');
    expect(wireUrl('https://sub.a.example/x', map)).toBe('https://sub.a.example/x');
  });
});
