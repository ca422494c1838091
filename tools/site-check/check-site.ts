/**
 * `node tools/site-check/check-site.ts [--out DIR] [--base /atlas/]` (run by `npm test` after the build)
 *
 * Reads every page of a built site (dist/ by default) and checks, page by page:
 * - every internal address (links, images, scripts, styles, icons, Open Graph images, iframes, fragments) leads
 *   to a file the build wrote, and every `#fragment` to an element with that id;
 * - the page carries one strict Content-Security-Policy (`default-src 'self'`, no inline or remote sources);
 * - its `<html lang>` is the interface language its path says, and its links to pages stay in that language
 *   unless they carry `hreflang` (the language switcher, the alternates);
 * - no word runs into a link's text with no space between them ("fromFediverse", "day.How").
 * Prints each problem as `page: problem` and exits 1 if there was any. The base and site origin come from the
 * flags or from ATLAS_BASE / ATLAS_SITE, as the build read them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cspProblems } from './csp.ts';
import { gluedWords } from './glued.ts';
import { elementsOf, parsePage } from './html.ts';
import { anchorsOf, candidateFiles, internalTarget, refsOf } from './links.ts';
import { localeProblems } from './locale.ts';
import { LOCALES } from '../../src/locales/config.ts';
import { normaliseBase } from '../../src/lib/url.ts';
import { listFiles } from '../../src/node/list-files.ts';

async function main(argv: string[]): Promise<number> {
  let out = process.env.ATLAS_OUT_DIR || 'dist';
  let base = process.env.ATLAS_BASE || '/';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i] ?? out;
    else if (argv[i] === '--base') base = argv[++i] ?? base;
  }
  base = normaliseBase(base);
  const origin = new URL(process.env.ATLAS_SITE || 'http://localhost:4321').origin;
  const files = await listFiles(out);
  const have = new Set(files);
  const pages = files.filter((f) => f.endsWith('.html'));
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = async (file: string): Promise<Set<string>> => {
    let ids = anchorCache.get(file);
    if (!ids) {
      ids = anchorsOf(elementsOf(await readFile(join(out, file), 'utf8')));
      anchorCache.set(file, ids);
    }
    return ids;
  };
  const problems: string[] = [];
  const locales = { codes: LOCALES.map((l) => l.code), defaultLocale: LOCALES[0]?.code ?? 'en' };
  let refs = 0;
  for (const page of pages) {
    const html = await readFile(join(out, page), 'utf8');
    const parsed = parsePage(html);
    const elements = elementsOf(parsed);
    for (const glued of gluedWords(parsed)) problems.push(`${page}: words glued to a link: "${glued.where}"`);
    anchorCache.set(page, anchorsOf(elements));
    for (const problem of cspProblems(elements)) problems.push(`${page}: ${problem}`);
    const pagePath = base + (page === 'index.html' ? '' : page.endsWith('/index.html') ? page.slice(0, -'index.html'.length) : page);
    const seen = new Set<string>();
    const pageLinks: { attrs: Readonly<Record<string, string>>; href: string; file: string }[] = [];
    for (const el of elements) {
      if (el.tag !== 'a' || el.attrs.href === undefined) continue;
      const target = internalTarget(el.attrs.href, pagePath, origin, base);
      if (target === undefined || target === 'outside') continue;
      const file = candidateFiles(target.path).find((f) => have.has(f));
      if (file?.endsWith('.html') && file !== page) pageLinks.push({ attrs: el.attrs, href: el.attrs.href, file });
    }
    for (const problem of localeProblems(elements, page, pageLinks, locales)) problems.push(`${page}: ${problem}`);
    for (const ref of refsOf(elements)) {
      if (seen.has(ref.value)) continue;
      seen.add(ref.value);
      refs++;
      const target = internalTarget(ref.value, pagePath, origin, base);
      if (target === undefined) continue;
      if (target === 'outside') {
        problems.push(`${page}: ${ref.where} "${ref.value}" points outside the site's base ${base}`);
        continue;
      }
      const file = candidateFiles(target.path).find((f) => have.has(f));
      if (!file) {
        problems.push(`${page}: ${ref.where} "${ref.value}" leads to no built file`);
        continue;
      }
      if (target.fragment && file.endsWith('.html') && !(await anchorsIn(file)).has(target.fragment)) {
        problems.push(`${page}: ${ref.where} "${ref.value}" names #${target.fragment}, which ${file} does not have`);
      }
    }
    if (anchorCache.size > 2000) anchorCache.clear();
  }
  for (const p of problems.slice(0, 200)) console.error(p);
  if (problems.length > 200) console.error(`… and ${problems.length - 200} more`);
  console.log(`check-site: ${pages.length} pages, ${files.length} files, ${refs} distinct addresses checked page by page, ${problems.length} problems (${out}, base ${base})`);
  return problems.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);
