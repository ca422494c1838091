/**
 * Every module a page's scripts import, directly or through another, announced in its head as
 * `<link rel="modulepreload">`. The browser then fetches them all at once, with the page, instead of one level
 * of imports after the other once each script has arrived (the full graph's script waited ~150 ms for its twenty
 * chunks so); the scripts run no earlier than before, and nothing else changes. Applied to each page as Astro
 * renders it, by src/middleware.ts (`modulePreloader`): the browser's bundles are on disk by then, and a page
 * is not read back and written again after the build (that pass took 43 s over a 21,000-page site).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules a module's code imports statically (`import … from "x"`, `import "x"`, `export … from "x"`), each once, in order. */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/\b(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*)["']([^"'\n]+)["']/g)) out.add(m[1]!);
  return [...out];
}

/** The `src` of each `<script type="module" src="…">` of a page, in order. */
export function moduleScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\btype="module"/.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) out.push(src);
  }
  return out;
}

/**
 * The modules to preload for a page whose module scripts are `scripts` (paths from the site's root): every module
 * they import, directly or not, that is not one of the scripts, in the order first met. `importsOf` gives a
 * module's own imports as written (relative to it), or undefined for a module that is not there.
 */
export function preloadPaths(scripts: readonly string[], importsOf: (path: string) => string[] | undefined): string[] {
  const seen = new Set(scripts);
  const out: string[] = [];
  const visit = (path: string) => {
    for (const spec of importsOf(path) ?? []) {
      if (!spec.startsWith('./') && !spec.startsWith('../') && !spec.startsWith('/')) continue;
      const target = new URL(spec, `http://site${path}`).pathname;
      if (seen.has(target) || importsOf(target) === undefined) continue;
      seen.add(target);
      out.push(target);
      visit(target);
    }
  };
  for (const script of scripts) visit(script);
  return out;
}

/** The page with a `<link rel="modulepreload">` for each path before its `</head>` (unchanged for none). */
export function withModulePreloads(html: string, paths: readonly string[]): string {
  if (paths.length === 0 || !html.includes('</head>')) return html;
  return html.replace('</head>', `${preloadLinks(paths)}</head>`);
}

/** The `<link rel="modulepreload">` elements for `paths`, one after the other. */
function preloadLinks(paths: readonly string[]): string {
  return paths.map((p) => `<link rel="modulepreload" href="${p.replace(/"/g, '&quot;')}">`).join('');
}

/**
 * A function adding the links to one page's HTML, for a site whose built files are under `dir` and served under
 * `base`. Pages with the same scripts get the same links, worked out once; a module is read once.
 */
export function modulePreloader(dir: string, base: string): (html: string) => string {
  const linksOf = preloadsFor(dir, base);
  return (html) => withModulePreloads(html, linksOf(moduleScripts(html)));
}

/**
 * `modulePreloader` for a page as the UTF-8 bytes the build writes: the same page comes out, byte for byte, as from
 * the text, but only the `<script …>` tags are read as text and the rest is never decoded nor encoded again. It
 * comes out in pieces, views of the page's own bytes with the links between them, so a page of megabytes is not
 * copied either: the build joins them as it writes the file.
 */
export function modulePreloaderBytes(dir: string, base: string): (html: Uint8Array) => Uint8Array[] {
  const linksOf = preloadsFor(dir, base);
  return (html) => {
    const page = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
    const paths = linksOf(moduleScripts(scriptTags(page)));
    const head = page.indexOf(HEAD_END);
    if (paths.length === 0 || head < 0) return [html];
    return [page.subarray(0, head), Buffer.from(preloadLinks(paths)), page.subarray(head)];
  };
}

const HEAD_END = Buffer.from('</head>');
const SCRIPT_OPEN = Buffer.from('<script');

/** The `<script …>` opening tags of a page, as text, one after the other (what `moduleScripts` reads). */
function scriptTags(page: Buffer): string {
  const tags: string[] = [];
  for (let at = page.indexOf(SCRIPT_OPEN); at >= 0; at = page.indexOf(SCRIPT_OPEN, at + 1)) {
    const next = page[at + SCRIPT_OPEN.length];
    // `<script\b`: not `<scripts` nor `<script_x`.
    if (next !== undefined && /\w/.test(String.fromCharCode(next))) continue;
    const end = page.indexOf(0x3e, at);
    if (end < 0) break;
    tags.push(page.toString('utf8', at, end + 1));
    at = end;
  }
  return tags.join('');
}

/** The links for a page's module scripts, worked out once per set of scripts. */
function preloadsFor(dir: string, base: string): (scripts: string[]) => string[] {
  const importsOf = moduleImports(dir, base);
  const known = new Map<string, string[]>();
  return (scripts) => {
    const key = scripts.join('\n');
    let paths = known.get(key);
    if (!paths) known.set(key, (paths = preloadPaths(scripts, importsOf)));
    return paths;
  };
}

/** A module's own imports by its path from the site's root, read once each from `dir` (undefined: no such module). */
function moduleImports(dir: string, base: string): (path: string) => string[] | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  const imports = new Map<string, string[] | undefined>();
  return (path) => {
    if (imports.has(path)) return imports.get(path);
    if (!path.startsWith(root)) return undefined;
    const file = join(dir, path.slice(root.length));
    // Read once each, synchronously: a few dozen small chunks for the whole site.
    const code = existsSync(file) && file.endsWith('.js') ? staticImports(readFileSync(file, 'utf8')) : undefined;
    imports.set(path, code);
    return code;
  };
}
