/**
 * `/data/domains.json`: every domain a curated community's decision names (each has a page under /domains/, but in
 * a dataset so large that `paged` lists the ones that do) and
 * every curated server's domain, for the domain look-up (src/client/domain-lookup.ts). Small: names only.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { compareText } from '../../lib/order.ts';
import type { DomainIndex } from '../../lib/views/lookup.ts';

export const GET: APIRoute = async () => {
  const { actedOn, pagedOn, servers, views } = await loadAtlas();
  const index: DomainIndex = {
    day: views.day,
    acted: actedOn.map((a) => a.domain).sort(compareText),
    curated: servers.map((s) => s.domain).sort(compareText),
  };
  // Only in a dataset so large that some acted-on domains have no page (src/lib/views/page-budget.ts).
  if (views.domainPages.minActing > 0) {
    index.paged = pagedOn.map((a) => a.domain).sort(compareText);
    index.minActing = views.domainPages.minActing;
  }
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
