/** `/data/datapackage.json`: the Frictionless Data Package descriptor of the downloads (src/lib/press/datapackage.ts). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { dataPackage } from '../../lib/press/datapackage.ts';
import { absoluteUrl } from '../../lib/press/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { press, views } = await loadAtlas();
  const descriptor = dataPackage({ version: press.version, day: views.day, homepage: absoluteUrl(site, import.meta.env.BASE_URL, 'data/') });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
