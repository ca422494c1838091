/** The domains an obfuscated entry may be resolved to: every domain the dataset knows, plus a curator's candidates. */
import { readDomain } from './domain.ts';
import { record } from './json.ts';

/** Every server domain and decision target in parsed server files (raw YAML values; odd shapes are skipped). */
export function knownDomains(servers: Iterable<unknown>): Set<string> {
  const out = new Set<string>();
  for (const server of servers) {
    const s = record(server);
    if (typeof s?.domain === 'string') add(out, s.domain);
    for (const block of Array.isArray(s?.blocks) ? s.blocks : []) {
      const d = record(block)?.domain;
      if (typeof d === 'string') add(out, d);
    }
  }
  return out;
}

/**
 * Reads a candidate list: one domain per line (the first word; a CSV's first column works too); `#` starts a
 * comment; blank lines and anything that is not a domain are ignored.
 */
export function parseCandidates(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const word = line.replace(/#.*$/, '').trim().split(/[\s,;]+/)[0] ?? '';
    if (word !== '') add(out, word);
  }
  return out;
}

function add(set: Set<string>, raw: string): void {
  const d = readDomain(raw);
  if (d.kind === 'domain' || d.kind === 'wildcard') set.add(d.domain);
}
