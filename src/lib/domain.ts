/**
 * Domain names: the normal form the atlas stores, and the look-alike test.
 * Pure: uses only the WHATWG URL parser (for IDNA to punycode) and the punycode package.
 */
import punycode from 'punycode/punycode.js';

/** The result of reading a domain as a curator wrote it. */
export interface DomainReading {
  /** The normal form (lower case, punycode, no scheme, path, port or trailing dot), when one could be derived. */
  normal?: string;
  /** What is wrong with the text as written; empty when it is already in normal form. */
  problems: string[];
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** How strict `readDomain` is. */
export interface ReadDomainOptions {
  /**
   * Read it as a decision's target, which real block lists allow to be wider than a server's domain: a
   * whole top-level domain or single name (`tk`, `su`), or an IP address (`203.0.113.7`, `2001:db8::1`).
   */
  target?: boolean;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Reads a domain as written and says what stops it being in normal form.
 * `https://Example.COM:443/path` → normal `example.com`, with problems naming the scheme, port, path and case.
 */
export function readDomain(written: string, options: ReadDomainOptions = {}): DomainReading {
  const ip = readIp(written.trim());
  if (ip !== undefined) {
    if (!options.target) return { problems: ['is an IP address, not a domain name'] };
    return { normal: ip, problems: ip === written ? [] : ['is not in normal form'] };
  }
  const problems: string[] = [];
  let text = written;
  if (text !== text.trim()) {
    problems.push('has spaces around it');
    text = text.trim();
  }
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) {
    problems.push(`starts with a scheme ("${scheme[0]}")`);
    text = text.slice(scheme[0].length);
  }
  const at = text.lastIndexOf('@');
  if (at >= 0) {
    problems.push('contains "@": write the server\'s domain, not an account');
    text = text.slice(at + 1);
  }
  const slash = text.search(/[/?#]/);
  if (slash >= 0) {
    problems.push(`has a path ("${text.slice(slash)}")`);
    text = text.slice(0, slash);
  }
  const port = /:(\d*)$/.exec(text);
  if (port) {
    problems.push(`has a port ("${port[0]}")`);
    text = text.slice(0, port.index);
  }
  if (text.startsWith('*.')) {
    problems.push('starts with a wildcard "*.": a decision on a domain already covers its subdomains');
    text = text.slice(2);
  }
  if (text.endsWith('.')) {
    problems.push('ends with a dot');
    text = text.replace(/\.+$/, '');
  }
  if (/\s/.test(text)) return { problems: [...problems, 'contains white space'] };
  if (/[^\x20-\x7e]/.test(text)) {
    if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(text)) return { problems: [...problems, 'contains an invisible character'] };
    problems.push('is not in punycode: write internationalised names as xn--');
  } else if (text !== text.toLowerCase()) {
    problems.push('has capital letters');
  }
  let normal: string;
  try {
    normal = new URL(`http://${text}/`).hostname;
  } catch {
    return { problems: [...problems, 'is not a valid domain name'] };
  }
  if (/^\[/.test(normal) || IPV4.test(normal)) return { problems: [...problems, 'is an IP address, not a domain name'] };
  const labels = normal.split('.');
  if (labels.length < 2 && !options.target) return { problems: [...problems, 'has no dot: expected a full domain such as "example.social"'] };
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return { problems: [...problems, `has an invalid label "${bad}"`] };
  if (normal.length > 253) return { problems: [...problems, 'is longer than 253 characters'] };
  return { normal, problems };
}

/** The normal form of an IPv4 or IPv6 address (IPv6 without brackets), or undefined when the text is not one. */
export function readIp(text: string): string | undefined {
  if (IPV4.test(text)) {
    const parts = text.split('.').map(Number);
    return parts.every((n) => n <= 255) ? parts.join('.') : undefined;
  }
  if (/^\[?[0-9a-f:.]+\]?$/i.test(text) && text.includes(':')) {
    try {
      return new URL(`http://[${text.replace(/^\[|\]$/g, '')}]/`).hostname.slice(1, -1);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** True when `text` is an IP address in normal form. */
export function isIp(text: string): boolean {
  return readIp(text) === text;
}

/**
 * The Unicode form of a punycode domain, for display and for the look-alike test. Plain ASCII with no `xn--` label
 * and no `@` is its own Unicode form, returned as it is: punycode would split, map and join it again to the same
 * text, and a build asks for thousands of evidence hosts per page.
 */
export function toUnicode(domain: string): string {
  if (!NOT_PLAIN.test(domain)) return domain;
  try {
    return punycode.toUnicode(domain);
  } catch {
    return domain;
  }
}

/** What sends a domain through punycode: an `xn--` label, `@`, or anything outside ASCII (such as an ideographic full stop, which punycode reads as a dot). */
const NOT_PLAIN = /xn--|@|[^\x00-\x7f]/i;

/** How a domain is shown to readers: its Unicode form, with the ASCII (punycode) form as a hover title when they differ. */
export interface DomainDisplay {
  /** The text to show: the Unicode form ("թութ.հայ"), or the domain itself when it has no other form. */
  text: string;
  /** The ASCII form the data stores ("xn--69aa8bzb.xn--y9a3aq"), only when it differs from `text`. */
  title?: string;
}

/** How to show `domain` (as stored, in punycode) to a reader: in Unicode, its ASCII form kept for a title. */
export function domainDisplay(domain: string): DomainDisplay {
  const text = domain
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      const unicode = toUnicode(label);
      return unicode === '' || unicode.includes('.') ? label : unicode;
    })
    .join('.');
  return text === domain ? { text } : { text, title: domain };
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Georgian', 'Hebrew', 'Arabic', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Devanagari'] as const;
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** Cyrillic and Greek letters that look like Latin ones: a label made only of these imitates a Latin word. */
const LATIN_LOOKALIKES = /^[аегіјоѕрсухԁӏһԛԝаеорсухАВЕКМНОРСТХαβεικνορτυχοΑΒΕΖΗΙΚΜΝΟΡΤΥΧ0-9-]+$/u;

/** Scripts used in a label, ignoring digits and hyphens. */
export function scriptsOf(label: string): string[] {
  const found = new Set<string>();
  for (const ch of label) {
    if (/[0-9-]/.test(ch)) continue;
    const hit = SCRIPT_TESTS.find(([, re]) => re.test(ch));
    found.add(hit ? hit[0] : 'Other');
  }
  return [...found].sort();
}

/**
 * Says why a punycode domain may imitate another: a label that mixes Latin with Cyrillic, Greek or
 * another confusable script, or a label written wholly in Latin look-alikes. Undefined when it is fine.
 * Han, Hiragana and Katakana mixed together are normal for Japanese and are not flagged.
 */
export function lookalikeProblem(domain: string): string | undefined {
  if (isIp(domain)) return undefined;
  const labels = toUnicode(domain).split('.');
  const anyLatin = labels.some((l) => scriptsOf(l).includes('Latin'));
  for (const label of labels) {
    const all = scriptsOf(label).filter((s) => s !== 'Other');
    const scripts = all.filter((s) => !['Han', 'Hiragana', 'Katakana', 'Hangul'].includes(s) || all.includes('Latin'));
    if (scripts.length > 1) return `label "${label}" mixes scripts (${scripts.join(' and ')}), as look-alike domains do`;
    // A label spelt only with Cyrillic/Greek letters that look Latin imitates a Latin name when the domain
    // around it is Latin ("аррӏе.com"); a wholly Cyrillic domain ("пример.рус") is just Cyrillic.
    if (anyLatin && scripts[0] !== undefined && scripts[0] !== 'Latin' && LATIN_LOOKALIKES.test(label) && /[^0-9-]/.test(label)) {
      return `label "${label}" is written in ${scripts[0]} letters that look like Latin ones, as look-alike domains are`;
    }
  }
  return undefined;
}

/** True when `domain` fits an obfuscated `pattern`: same length, and equal wherever the pattern shows a character. */
export function fitsPattern(domain: string, pattern: string): boolean {
  const d = [...domain];
  const p = [...pattern];
  return d.length === p.length && p.every((ch, i) => ch === '*' || ch === d[i]);
}

/** True when `domain` is `parent` or one of its subdomains (a decision on `parent` covers it). IP addresses cover only themselves. */
export function isWithin(domain: string, parent: string): boolean {
  return domain === parent || (!isIp(parent) && !isIp(domain) && domain.endsWith(`.${parent}`));
}
