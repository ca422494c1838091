/**
 * The domain look-up (src/components/DomainLookup.astro): normalises what was typed (readDomain), then goes to
 * the domain's page when a curated community acts on it, or answers in the page. The answers come from two
 * same-origin JSON files made at build time by the reach model; this script only looks things up and words them.
 * On /domains/?domain=… (the form's action without script) it answers for the domain in the address.
 */
import { readDomain } from '../lib/domain.ts';
import { unactedAnswer, type AbsenceSummary } from '../lib/reach/absence-answer.ts';
import { routeLookup, unactedSentence, unpagedSentence, type DomainIndex } from '../lib/views/lookup.ts';
import { translator } from '../locales/index.ts';
import { h, replaceChildren } from './dom.ts';

/** The page's interface language's strings. */
const t = translator(document.documentElement.lang);

const cache = new Map<string, Promise<unknown>>();

function fetchJson(url: string): Promise<unknown> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url, { headers: { Accept: 'application/json' } }).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

async function answer(form: HTMLFormElement, typed: string): Promise<void> {
  const out = form.querySelector<HTMLElement>('[data-lookup-answer]');
  if (!out) return;
  const d = form.dataset;
  const read = readDomain(typed);
  if (read.normal === undefined) {
    // The reason comes from lib/domain.ts, in English: marked as such.
    replaceChildren(out, t('lookup.not-domain', { typed: typed.trim() }), ' ', h('span', { lang: 'en' }, `it ${read.problems.at(-1) ?? 'could not be read'}.`));
    return;
  }
  const domain = read.normal;
  replaceChildren(out, t('lookup.looking', { domain }));
  try {
    const index = (await fetchJson(d.index!)) as DomainIndex;
    const route = routeLookup(index, domain);
    if (route.kind === 'page') {
      replaceChildren(out, `${t('lookup.opening')} `, h('a', { href: `${d.domainBase}${domain}/` }, domain), '…');
      window.location.assign(`${d.domainBase}${domain}/`);
      return;
    }
    const server = route.curated ? [' ', h('a', { href: `${d.serverBase}${domain}/` }, t('lookup.curated', { domain }))] : [];
    if (route.kind === 'unpaged') {
      replaceChildren(out, unpagedSentence(domain, route.minActing, t), ...server);
      return;
    }
    if (route.kind === 'parent') {
      replaceChildren(
        out,
        t('lookup.parent', { domain, parent: route.parent }),
        ...(route.parentPage ? [`${t('lookup.see')} `, h('a', { href: `${d.domainBase}${route.parent}/` }, route.parent), '.'] : ['.']),
        ...server,
      );
      return;
    }
    const summary = (await fetchJson(d.absence!)) as AbsenceSummary;
    replaceChildren(out, unactedSentence(unactedAnswer(summary, domain), t), ...server);
  } catch {
    replaceChildren(out, t('lookup.failed'));
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-domain-lookup]')) {
  const input = form.querySelector<HTMLInputElement>('input[name="domain"]');
  if (!input) continue;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void answer(form, input.value);
  });
  const asked = new URLSearchParams(window.location.search).get('domain');
  if (asked && new URL(form.action).pathname === window.location.pathname) {
    input.value = asked;
    void answer(form, asked);
  }
}
