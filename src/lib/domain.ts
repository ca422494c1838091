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

/**
 * Reads a domain as written and says what stops it being in normal form.
 * `https://Example.COM:443/path` → normal `example.com`, with problems naming the scheme, port, path and case.
 */
export function readDomain(written: string): DomainReading {
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
  if (/^\[|^\d+\.\d+\.\d+\.\d+$/.test(normal)) return { problems: [...problems, 'is an IP address, not a domain name'] };
  const labels = normal.split('.');
  if (labels.length < 2) return { problems: [...problems, 'has no dot: expected a full domain such as "example.social"'] };
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return { problems: [...problems, `has an invalid label "${bad}"`] };
  if (normal.length > 253) return { problems: [...problems, 'is longer than 253 characters'] };
  return { normal, problems };
}

/** The Unicode form of a punycode domain, for display and for the look-alike test. */
export function toUnicode(domain: string): string {
  try {
    return punycode.toUnicode(domain);
  } catch {
    return domain;
  }
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
  for (const label of toUnicode(domain).split('.')) {
    const scripts = scriptsOf(label).filter((s) => !['Han', 'Hiragana', 'Katakana'].includes(s) || scriptsOf(label).includes('Latin'));
    if (scripts.length > 1) return `label "${label}" mixes scripts (${scripts.join(' and ')}), as look-alike domains do`;
    if (scripts[0] !== 'Latin' && LATIN_LOOKALIKES.test(label) && /[^0-9-]/.test(label)) {
      return `label "${label}" is written in ${scripts[0]} letters that look like Latin ones, as look-alike domains are`;
    }
  }
  return undefined;
}

/** True when `domain` is `parent` or one of its subdomains (a decision on `parent` covers it). */
export function isWithin(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}
