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
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
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
  it('.astro components are PascalCase and .ts modules kebab-case', () => {
    for (const f of files('src')) {
      const name = f.split('/').pop()!;
      if (f.startsWith('src/pages/')) continue;
      if (name.endsWith('.astro')) expect(name, f).toMatch(/^[A-Z][A-Za-z0-9]*\.astro$/);
      else if (name.endsWith('.ts')) expect(name, f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.d)?\.ts$|^content\.config\.ts$/);
    }
  });
});
