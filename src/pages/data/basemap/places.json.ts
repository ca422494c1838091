/**
 * `/data/basemap/places.json`: city names for the home page's map once it is zoomed in (src/client/basemap-places.ts),
 * `[name, lat, lon, rank]` rows chosen from GeoNames (CC BY 4.0) by src/lib/geo/places.ts.
 */
import type { APIRoute } from 'astro';
import { basemapFiles } from '../../../atlas.ts';

export const GET: APIRoute = () => new Response(basemapFiles.places(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
