/**
 * The site's pages a change to the data touches, for a curator to look at in the live preview before opening a
 * pull request: the page of every server whose file changed, and the page of every domain whose decisions
 * changed (and that some community still acts on, so the page exists). Pure: the CLI finds the changed files
 * (compared with git) and passes their texts before and after.
 */
import { withBase } from './url.ts';
import { asRecord, asString, rawDecisions } from './rules/rule.ts';
import { domainPath, serverPath } from './views/paths.ts';
import { parseYamlFile } from './yaml/parse.ts';

/** One changed server file: its text before the change (absent when new) and after it (absent when deleted). */
export interface FileChange {
  file: string;
  before?: string;
  after?: string;
}

/** The pages a change touches, each list in code-point order. */
export interface TouchedPages {
  /** Domains of the servers whose files were added or changed (a deleted server has no page left). */
  servers: string[];
  /** Domains whose decisions were added, changed or removed, and that some community still acts on. */
  domains: string[];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function valueOf(file: string, text: string | undefined): unknown {
  return text === undefined ? undefined : parseYamlFile(file, text).value;
}

/** Each acted-on domain of a server file, with its decisions as comparable text. */
function decisionsByDomain(value: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { decision } of rawDecisions(value)) {
    const domain = asString(decision.domain);
    if (domain === undefined) continue;
    const list = out.get(domain) ?? [];
    list.push(JSON.stringify(decision));
    out.set(domain, list);
  }
  for (const list of out.values()) list.sort(byCodePoint);
  return out;
}

/**
 * The pages `changes` touch. `actedOnAfter` holds the domains some community acts on after the change (from
 * every file read): a domain no longer acted on has no page, so it is not listed.
 */
export function touchedPages(changes: readonly FileChange[], actedOnAfter: ReadonlySet<string>): TouchedPages {
  const servers = new Set<string>();
  const domains = new Set<string>();
  for (const { file, before, after } of changes) {
    const was = valueOf(file, before);
    const now = valueOf(file, after);
    const domain = asString(asRecord(now)?.domain);
    if (domain !== undefined) servers.add(domain);
    const a = decisionsByDomain(was);
    const b = decisionsByDomain(now);
    for (const d of new Set([...a.keys(), ...b.keys()])) {
      if (JSON.stringify(a.get(d) ?? []) !== JSON.stringify(b.get(d) ?? []) && actedOnAfter.has(d)) domains.add(d);
    }
  }
  return { servers: [...servers].sort(byCodePoint), domains: [...domains].sort(byCodePoint) };
}

/** Every domain the decisions of the given server files (parsed values) name: the domains that have a page. */
export function actedOnDomains(values: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) for (const d of decisionsByDomain(value).keys()) out.add(d);
  return out;
}

/** How many page addresses the preview list shows before it says how many more there are. */
export const PREVIEW_MAX = 8;

/**
 * The preview's lines: a heading, then the local address of each page (servers first), at most `max`, then how
 * many more. No lines when nothing is touched.
 *
 * @param origin The live preview's origin, e.g. `http://127.0.0.1:4321`.
 * @param base The site's base path (`/`, or `/atlas/`).
 */
export function previewLines(pages: TouchedPages, origin: string, base = '/', max = PREVIEW_MAX): string[] {
  const paths = [...pages.servers.map(serverPath), ...pages.domains.map(domainPath)];
  if (paths.length === 0) return [];
  const shown = paths.slice(0, max).map((p) => `  ${origin}${withBase(base, p)}`);
  const more = paths.length - shown.length;
  const tail = more > 0 ? [`  … and ${more} more page${more === 1 ? '' : 's'}`] : [];
  const count = `${paths.length} page${paths.length === 1 ? '' : 's'}`;
  return [`Preview (npm run dev): this change touches ${count}:`, ...shown, ...tail];
}
