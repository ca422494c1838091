/** Keeps src/README.md true: which folder may import which. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|astro|mjs)$/.test(n) ? [p] : [];
  });
}

function imports(file: string): string[] {
  return importsIn(readFileSync(file, 'utf8'));
}

function importsIn(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

/**
 * Module-level state in src/lib that is not a data cache: Intl formatters by locale, and constant tables built from
 * npm data (iso-3166), the same for every dataset. Keyed `file:name`. Data-dependent memoisation lives in the atlas
 * seam (src/atlas.ts, src/lib/views/derive.ts createViews), never at module scope.
 */
const MODULE_STATE_ALLOWED = new Set([
  'src/lib/i18n/format.ts:dayFormats',
  'src/lib/i18n/format.ts:monthFormats',
  'src/lib/i18n/format.ts:numberFormats',
  'src/lib/i18n/format.ts:percentFormats',
  'src/lib/labels.ts:languageNames',
  'src/lib/views/place-names.ts:regionNames',
  'src/lib/map/options.ts:regionNames',
  // Constant tables from the iso-3166 package, built on first use.
  'src/lib/map/options.ts:subdivisionNames',
  'src/lib/map/options.ts:countries',
  'src/lib/geo/country.ts:NAMES',
  'src/lib/geo/country-names.ts:ISO_NAMES',
]);

/**
 * The module-level caches declared in `text` (the file `file`), as `file:line: declaration`: every `WeakMap`,
 * `WeakSet` or `WeakRef`, and every `Map` or `let`/`var` not in MODULE_STATE_ALLOWED.
 */
function moduleCaches(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const weak = /^(?:export\s+)?(?:const|let|var)\s+(\w+)[^=]*=\s*new\s+(?:WeakMap|WeakSet|WeakRef)\b/.exec(line);
    const map = /^(?:export\s+)?(?:const|let|var)\s+(\w+)[^=]*=\s*new\s+Map\b/.exec(line);
    const mutable = /^(?:export\s+)?(?:let|var)\s+(\w+)/.exec(line);
    const name = weak?.[1] ?? ((map ?? mutable) && !MODULE_STATE_ALLOWED.has(`${file}:${(map ?? mutable)![1]}`) ? (map ?? mutable)![1] : undefined);
    return name === undefined ? [] : [`${file}:${i + 1}: ${line.trim()}`];
  });
}

describe('architecture', () => {
  it('src/lib is pure: no Node built-ins, no astro:*, no DOM libraries, no imports from outside src/lib', () => {
    const bad = files('src/lib').flatMap((f) =>
      imports(f)
        .filter((s) => /^node:|^astro:|^(fs|path|child_process|http|https|url)$|^leaflet|^\.\.\/\.\.\/(node|cli|client|components|pages|layouts)\b/.test(s) || (s.startsWith('.') && !join(f, '..', s).startsWith('src/lib')))
        .map((s) => `${f} imports ${s}`),
    );
    expect(bad).toEqual([]);
  });
  it('src/lib never touches window or document', () => {
    const bad = files('src/lib').filter((f) => /\bwindow\.(location|document|navigator|addEventListener|localStorage|sessionStorage|innerWidth|innerHeight|history|requestAnimationFrame|matchMedia|parent|postMessage)\b|\bdocument\.(createElement|querySelector|querySelectorAll|getElementById|body|documentElement|addEventListener|cookie)\b|\b(localStorage|sessionStorage)\.|\bnavigator\.(clipboard|userAgent|language)/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
  it('src/cli and src/node never import astro:* or browser code; src/client never imports node:*', () => {
    const exists = (d: string) => { try { return statSync(d).isDirectory(); } catch { return false; } };
    const shells = ['src/cli', 'src/node'].filter(exists).flatMap(files);
    const bad = shells.flatMap((f) => imports(f).filter((s) => /^astro:|\/client\//.test(s)).map((s) => `${f} imports ${s}`));
    const client = exists('src/client') ? files('src/client') : [];
    bad.push(...client.flatMap((f) => imports(f).filter((s) => /^node:|^astro:/.test(s)).map((s) => `${f} imports ${s}`)));
    expect(bad).toEqual([]);
  });
  it('the product never imports the project\'s own tooling, and src/lib holds none of it (bench, site check, test plan)', () => {
    const bad = files('src').flatMap((f) => imports(f).filter((s) => /(^|\/)tools\//.test(s)).map((s) => `${f} imports ${s}`));
    expect(bad).toEqual([]);
    const tooling = readdirSync('src/lib').filter((n) => /^(bench|site-check|test-plan|closing-note)/.test(n));
    expect(tooling).toEqual([]);
  });
  it('only src/client imports Leaflet', () => {
    const bad = files('src').filter((f) => !f.startsWith('src/client') && imports(f).some((s) => s.startsWith('leaflet')));
    expect(bad).toEqual([]);
  });
  it('src/lib keeps no data cache at module scope (no WeakMap; Map and let only for Intl formatters and constant tables)', () => {
    // The check itself: what it must find, with the file and line.
    const sample = ['const ok = new Set([1]);', 'const byResult = new WeakMap<object, number>();', '  const inside = new Map();', 'let cached: string | undefined;', 'export const index = new Map<string, number>();'].join('\n');
    expect(moduleCaches('src/lib/x.ts', sample)).toEqual([
      'src/lib/x.ts:2: const byResult = new WeakMap<object, number>();',
      'src/lib/x.ts:4: let cached: string | undefined;',
      'src/lib/x.ts:5: export const index = new Map<string, number>();',
    ]);
    expect(moduleCaches('src/lib/i18n/format.ts', 'const dayFormats = new Map<string, Intl.DateTimeFormat>();')).toEqual([]);
    expect(moduleCaches('src/lib/labels.ts', 'const dayFormats = new Map<string, Intl.DateTimeFormat>();')).toHaveLength(1);
    const found = files('src/lib').flatMap((f) => moduleCaches(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
  it('.astro components are PascalCase and .ts modules kebab-case', () => {
    for (const f of files('src')) {
      const name = f.split('/').pop()!;
      if (f.startsWith('src/pages/')) continue;
      if (name.endsWith('.astro')) expect(name, f).toMatch(/^[A-Z][A-Za-z0-9]*\.astro$/);
      else if (name.endsWith('.ts')) expect(name, f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.d)?\.ts$|^content\.config\.ts$/);
    }
  });
  it('set:html only takes markup written with src/lib/html/markup.ts (`.html` of what a function of src/components/rows/ returns), in a file that imports it', () => {
    const misuse = (file: string, text: string): string[] => {
      const found: string[] = [];
      // The names imported from the writers (src/components/rows/*-rows.ts, *-words.ts, *-markup.ts), each of which returns Markup.
      const writers = new Set([...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*\/rows\/[a-z-]+-(?:rows|words|markup)\.ts['"]/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim())));
      for (const m of text.matchAll(/set:html=\{([\s\S]*?)\}\s*\/?>/g)) {
        const call = /^([A-Za-z]+)\([^()]*\)\.html$/.exec(m[1]!.trim());
        if (!call || !writers.has(call[1]!)) found.push(`${file}: set:html={${m[1]}}`);
      }
      return found;
    };
    // The check itself.
    expect(misuse('src/pages/x.astro', "import { decisionRows } from '../components/rows/server-rows.ts';\n<tbody set:html={decisionRows({ a, b }, words).html} />")).toEqual([]);
    expect(misuse('src/pages/x.astro', "import { decisionRows } from '../components/rows/server-rows.ts';\n<p set:html={server.note} />")).toHaveLength(1);
    expect(misuse('src/pages/x.astro', "import { decisionRows } from '../lib/views/x.ts';\n<p set:html={decisionRows(a).html} />")).toHaveLength(1);
    const astro = files('src').filter((f) => f.endsWith('.astro'));
    expect(astro.flatMap((f) => misuse(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
