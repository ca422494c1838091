/**
 * `/data/basemap/admin1.json`: the borders between first-level regions (states, provinces, Welsh principal areas…)
 * and their names, drawn on the home page's map once it is zoomed in (src/client/basemap-places.ts). TopoJSON from
 * Natural Earth's admin-1 shapes (public domain), made by src/lib/geo/admin1-topology.ts.
 */
import type { APIRoute } from 'astro';
import { basemapFiles } from '../../../atlas.ts';

export const GET: APIRoute = () => new Response(basemapFiles.admin1(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
