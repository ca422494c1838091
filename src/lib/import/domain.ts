/** Reading a domain as a list writes it: normal form, `*.` wildcards, obfuscated patterns, and what is not a domain. */
import { fitsPattern, isWithin, readDomain as readNormalForm } from '../domain.ts';

export { fitsPattern, isWithin };

/** What a domain cell turned out to be. */
export type DomainReading =
  | { kind: 'domain'; domain: string }
  | { kind: 'wildcard'; domain: string; written: string }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'invalid'; reason: string };

/**
 * Reads a domain as written in a list. Trims it, drops a trailing dot, lower-cases it and converts an
 * internationalised name to punycode (`xn--`). A leading `*.` (or a leading `.`, as in `.tk`) is a wildcard for the domain's subdomains
 * (read as the domain itself, since a block covers subdomains); any other `*` marks an obfuscated pattern
 * (Mastodon keeps the first character visible, so a pattern never starts with `*`).
 */
export function readDomain(raw: string): DomainReading {
  const text = raw.trim().replace(/\.$/, '');
  if (text === '') return { kind: 'invalid', reason: 'the domain is empty' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return { kind: 'invalid', reason: `expected a domain, got a URL ${JSON.stringify(raw.trim())}` };
  }
  const lower = text.toLowerCase();
  if (lower.startsWith('*.') && !lower.slice(2).includes('*')) {
    const inner = readDomain(lower.slice(2));
    if (inner.kind !== 'domain') return { kind: 'invalid', reason: `the wildcard ${JSON.stringify(raw.trim())} does not name a domain` };
    return { kind: 'wildcard', domain: inner.domain, written: lower };
  }
  if (lower.includes('*')) {
    if (/[\s/:@?#]/.test(lower)) return { kind: 'invalid', reason: `${JSON.stringify(raw.trim())} is not a domain pattern` };
    return { kind: 'pattern', pattern: lower };
  }
  // Lists write a whole top-level domain as ".tk" as often as "tk": a leading dot, like "*.", means the domain and
  // its subdomains, so it is read as a wildcard (a list naming both ".tk" and "tk" keeps the plain entry).
  const dotted = /^\.(?=[^.])/.test(lower);
  const reading = readNormalForm(lower.replace(/^\.(?=[^.])/, ''), { target: true });
  if (reading.normal === undefined) return { kind: 'invalid', reason: `${JSON.stringify(raw.trim())} is not a domain name: it ${reading.problems.join(', ')}` };
  return dotted ? { kind: 'wildcard', domain: reading.normal, written: lower } : { kind: 'domain', domain: reading.normal };
}

/** The domain of a server URL such as `https://Example.social/` → `example.social`; undefined when it is not a URL. */
export function domainOfUrl(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return readNormalForm(u.hostname.replace(/\.$/, '')).normal;
  } catch {
    return undefined;
  }
}

/**
 * The pattern Mastodon publishes for an obfuscated block (app/models/domain_block.rb, `public_domain`):
 * characters strictly between the first and last quarter are hidden, dots stay visible.
 */
export function mastodonPattern(domain: string): string {
  const length = domain.length;
  const visible = Math.floor(length / 4);
  return [...domain].map((c, i) => (i > visible && i < length - visible && c !== '.' ? '*' : c)).join('');
}

/** The note kept on a decision read from a `*.example.com` wildcard. */
export function wildcardNote(written: string, domain: string): string {
  return `listed as "${written}" (recorded as ${domain}, since a block covers subdomains)`;
}
