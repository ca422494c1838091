/**
 * `/og/domains/<domain>.png`: the Open Graph card (1200×630) of the most acted-on domains (OG_TOP_DOMAINS), drawn
 * at build time from src/lib/press/og-svg.ts and cached by content hash (src/node/og-cache.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../atlas.ts';
import { domainCardSvg } from '../../../lib/press/og-svg.ts';
import { ogDomains } from '../../../lib/press/og-pages.ts';

export const getStaticPaths = (async () => {
  const { actedOn } = await loadAtlas();
  return ogDomains(actedOn).map((domain) => ({ params: { domain } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { views, press } = await loadAtlas();
  const domain = String(params.domain);
  const svg = domainCardSvg({ domain, counts: views.domainNow(domain).counts, day: views.day });
  return new Response(new Uint8Array(await press.ogPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
