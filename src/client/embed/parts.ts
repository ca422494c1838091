/**
 * The reach, timeline and matrix embeds: fetch the full view's page from this site (the domain's page, or
 * /graph/matrix/), take its parts marked `data-embed-part`, and put them in this frame's slots. The page is parsed
 * with DOMParser (which runs no script) and its nodes are imported as they are: the embed shows the page's very
 * rendering, built and escaped at build time; nothing is built from the query but a path to a domain in normal form.
 */
import { areaMatches, languageMatches } from '../../lib/map/filter.ts';
import { withBase } from '../../lib/url.ts';
import { domainPath } from '../../lib/views/paths.ts';
import { translator } from '../../locales/index.ts';
import { embedDomain, embedPageBase, embedRoot, embedState } from './view-url.ts';

const t = translator(document.documentElement.lang);
import { replayEmbedParts } from './as-of.ts';

const status = document.querySelector<HTMLElement>('[data-embed-status]');
const heading = document.querySelector<HTMLElement>('[data-embed-heading]');
const slots = [...document.querySelectorAll<HTMLElement>('[data-embed-slot]')];

function say(text: string): void {
  if (status) status.textContent = text;
}

async function page(path: string): Promise<Document | undefined> {
  const response = await fetch(withBase(embedPageBase, path));
  if (!response.ok) return undefined;
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

function fill(doc: Document): number {
  let filled = 0;
  for (const slot of slots) {
    const part = doc.querySelector(`[data-embed-part="${slot.dataset.embedSlot}"]`);
    if (!part) continue;
    const node = document.importNode(part, true) as Element;
    for (const script of node.querySelectorAll('script')) script.remove();
    for (const a of node.querySelectorAll('a[href]')) a.setAttribute('target', '_top');
    slot.replaceChildren(node);
    filled++;
  }
  return filled;
}

function filterMatrix(): void {
  const { lang, area } = embedState();
  const table = document.querySelector<HTMLTableElement>('[data-embed-slot="matrix"] table');
  if (!table || (!lang && !area)) return;
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  let shown = 0;
  for (const row of rows) {
    const tags = (row.dataset.languages ?? '').split(' ').filter(Boolean);
    const codes = (row.dataset.regions ?? '').split(' ').filter(Boolean);
    const keep = (!lang || tags.some((t) => languageMatches(t, lang))) && (!area || codes.some((c) => areaMatches(c, area)));
    row.hidden = !keep;
    if (keep) shown++;
  }
  say(`${t('embed.matrix.shown', { shown, total: rows.length })}${lang ? t('embed.matrix.language', { lang }) : ''}${area ? t('embed.matrix.region', { area }) : ''}.`);
}

async function run(): Promise<void> {
  const view = embedRoot?.dataset.embedView;
  if (view === 'matrix') {
    const doc = await page('graph/matrix/');
    if (!doc || fill(doc) === 0) return say(t('embed.matrix.failed'));
    filterMatrix();
    await replayEmbedParts(view, undefined);
  } else {
    const domain = embedDomain();
    if (!domain) return say(t('embed.no-domain'));
    const doc = await page(domainPath(domain));
    if (!doc || fill(doc) === 0) return say(t('embed.no-decisions', { domain }));
    if (heading) heading.textContent = t(view === 'timeline' ? 'embed.timeline.heading' : 'embed.reach.heading', { domain });
    document.title = `${heading?.textContent ?? domain} · ${t('common.site-name')}`;
    await replayEmbedParts(view, domain);
  }
  embedRoot?.setAttribute('data-embed-ready', '');
}

run().catch((error: unknown) => {
  say(t('embed.failed'));
  console.error(error);
});
