/**
 * Pages of one kind written after the build from the one Astro rendered (src/components/pages-from-template.ts): every
 * item's page in every language, each from its language's template, and a build stopped when the template does not
 * write itself back as Astro wrote it. The pages here are synthetic, shaped as the layout writes a page (its head
 * words, its address in the canonical link and the language links); the proof that written pages equal Astro's on the
 * real layout is the fixture site built both ways (tools/site-check/check-reproducible.ts).
 */
import { describe, expect, it } from 'vitest';
import { pagesFromTemplate, type TemplatedPages } from '../../../src/components/pages-from-template.ts';
import { localeParams, pageI18n, SITE_ORIGIN_FALLBACK, type PageI18n } from '../../../src/i18n.ts';
import { attr, escapeText, html } from '../../../src/lib/html/markup.ts';
import { pageHead } from '../../../src/lib/html/page-head.ts';

const origin = new URL(SITE_ORIGIN_FALLBACK);

/** The languages' codes as paths (`''` for the default, `cy/`). */
const prefixes = localeParams().map(({ locale }) => (locale ? `${locale}/` : ''));

/** An item's page as a layout writes it in the language at `prefix`, with `title` in its head. */
function layout(prefix: string, item: string, title = `About ${item}`): string {
  const words = pageI18n({ url: new URL(`/${prefix}`, origin) });
  const head = pageHead({ title, description: `All of ${item}` }, { siteName: words.t('common.site-name'), homeTitle: words.t('common.home-title'), siteCardAlt: words.t('common.og-alt'), asset: words.asset, origin });
  const content = (v: string) => attr('content', v).html;
  const own = `/things/${item}/`;
  return (
    `<!DOCTYPE html><html lang="x"><head><title>${escapeText(head.fullTitle)}</title><meta name="description"${content(head.description)}>` +
    `<link rel="canonical" href="${origin.origin}/${prefix}things/${item}/"><meta property="og:title"${content(head.ogTitle)}>` +
    `<meta property="og:description"${content(head.description)}><meta property="og:image"${content(head.ogImage)}>` +
    `<meta property="og:image:alt"${content(head.ogImageAlt)}></head><body><header>${prefixes.map((p) => `<a href="/${p}${own.slice(1)}">${p || 'en'}</a>`).join('')}</header>` +
    `<main>${body(item, words)}</main><footer>${prefix}</footer></body></html>`
  );
}

/** An item's body in a language: its name and a word of the language. */
const body = (item: string, words: PageI18n) => html`<h1>${item}</h1><p>${words.t('common.nav.domains')}</p>`.html;

/** The kind of page under test: `a.example` (the template), then `others`; `title` gives each one's title. */
function pages(others: string[], title = (item: string) => `About ${item}`): TemplatedPages<string, { item: string }> {
  return {
    kind: 'thing page',
    template: 'a.example',
    afterBuild: others,
    path: (item) => `things/${item}/`,
    parts: (item) => ({ item }),
    head: ({ item }) => ({ title: title(item), description: `All of ${item}` }),
    body: ({ item }, words) => body(item, words),
  };
}

/** The files Astro wrote: the template's page in every language. */
const astroWrote = (template = layout): Map<string, string> => new Map(prefixes.map((p) => [`${p}things/a.example/index.html`, template(p, 'a.example')]));

function run(job: ReturnType<typeof pagesFromTemplate>, files: Map<string, string>): Map<string, string> {
  const read = (file: string) => {
    const text = files.get(file);
    if (text === undefined) throw new Error(`no file ${file}`);
    return text;
  };
  return new Map(job(read));
}

describe('pagesFromTemplate', () => {
  it("writes every other item's page in every language, each as the layout would write it", () => {
    const written = run(pagesFromTemplate(pages(['b.example', 'c.example']), '/', undefined), astroWrote());
    expect([...written.keys()].sort()).toEqual(prefixes.flatMap((p) => ['b.example', 'c.example'].map((i) => `${p}things/${i}/index.html`)).sort());
    for (const p of prefixes) for (const item of ['b.example', 'c.example']) expect(written.get(`${p}things/${item}/index.html`)).toBe(layout(p, item));
    expect(prefixes.length).toBeGreaterThan(1);
  });

  it("computes each item's parts once for all its languages", () => {
    const kind = pages(['b.example', 'c.example']);
    const seen: string[] = [];
    const counting = {
      ...kind,
      parts: (item: string) => {
        seen.push(item);
        return kind.parts(item);
      },
    };
    run(pagesFromTemplate(counting, '/', undefined), astroWrote());
    expect(seen).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it("stops, naming the template's file, when the template does not write itself back as Astro wrote it", () => {
    // Astro's page has a title the kind's head would not give it: a layout part the writer does not know of.
    const odd = astroWrote((p, item) => layout(p, item, 'Another title'));
    expect(() => run(pagesFromTemplate(pages(['b.example']), '/', undefined), odd)).toThrow(/thing page template things\/a\.example\/index\.html does not write itself back/);
  });

  it("stops when Astro's page does not hold the body the kind writes", () => {
    const other = astroWrote((p, item) => layout(p, item).replace('<h1>', '<h1>!'));
    expect(() => run(pagesFromTemplate(pages(['b.example']), '/', undefined), other)).toThrow(/does not hold its own body/);
  });
});
