/**
 * After the build: every module a page's scripts import, directly or through another, announced in its head as
 * `<link rel="modulepreload">`. The browser then fetches them all at once, with the page, instead of one level
 * of imports after the other once each script has arrived (the full graph's script waited ~150 ms for its twenty
 * chunks so); the scripts run no earlier than before, and nothing else changes. Run by astro.config.mjs's
 * `module-preload` integration when the build is done.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
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
  const links = paths.map((p) => `<link rel="modulepreload" href="${p.replace(/"/g, '&quot;')}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

/** Adds the links to every HTML page under `dir`, a site served under `base` (e.g. `/` or `/atlas/`); the count of pages changed. */
export async function addModulePreloads(dir: string, base: string): Promise<number> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const imports = new Map<string, string[] | undefined>();
  const importsOf = (path: string): string[] | undefined => {
    if (imports.has(path)) return imports.get(path);
    if (!path.startsWith(root)) return undefined;
    const file = join(dir, path.slice(root.length));
    // Read once each, synchronously: a few dozen small chunks for the whole site.
    const code = existsSync(file) && file.endsWith('.js') ? staticImports(readFileSync(file, 'utf8')) : undefined;
    imports.set(path, code);
    return code;
  };
  let changed = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file, 'utf8');
    const paths = preloadPaths(moduleScripts(html), importsOf);
    if (paths.length === 0) continue;
    await writeFile(file, withModulePreloads(html, paths), 'utf8');
    changed++;
  }
  return changed;
}
