/**
 * The basemap that ships with the site: Natural Earth country shapes from the `world-atlas` package, served
 * from the site's own origin (Vite copies the files into the build), drawn as land and borders with Leaflet.
 * No tile server, no third-party request. Shapes that cross longitude ±180 are mended first (src/lib/map/antimeridian.ts).
 *
 * Two resolutions: 1:110m for world views (108 KB) and, once the map is zoomed in to `DETAIL_ZOOM` or more,
 * 1:50m (756 KB, fetched only then).
 */
import * as L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fixAntimeridian } from '../lib/map/antimeridian.ts';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import detailedUrl from 'world-atlas/countries-50m.json?url';
import { nextTask } from './next-task.ts';

/** From this zoom on, the finer shapes are drawn. */
export const DETAIL_ZOOM = 4;

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** The basemap's layers at one resolution. */
interface Resolution {
  url: string;
  layer?: L.LayerGroup;
  loading?: Promise<L.LayerGroup>;
}

/** Builds land and borders from a world-atlas topology, yielding between the steps (a few short tasks, not one long one just after load). */
async function layersOf(topology: Countries, renderer: L.Renderer): Promise<L.LayerGroup> {
  const landFeatures = feature(topology, topology.objects.land);
  const land = { ...landFeatures, features: landFeatures.features.map((f) => ({ ...f, geometry: fixAntimeridian(f.geometry) })) };
  await nextTask();
  const borders = fixAntimeridian(mesh(topology, topology.objects.countries, (a, b) => a !== b));
  await nextTask();
  const common = { renderer, interactive: false, pane: 'basemap' } as const;
  const landLayer = L.geoJSON(land, { ...common, style: { className: 'basemap-land', weight: 0.7, fillOpacity: 1 } });
  await nextTask();
  const borderLayer = L.geoJSON(borders, { ...common, style: { className: 'basemap-border', weight: 0.7, fill: false } });
  await nextTask();
  return L.layerGroup([landLayer, borderLayer]);
}

/**
 * Adds the basemap to a map and keeps the right resolution drawn as it zooms. Resolves once the first
 * resolution is drawn; rejects if its file cannot be fetched.
 */
export function addBasemap(map: L.Map): Promise<void> {
  const pane = map.createPane('basemap');
  pane.style.zIndex = '250';
  pane.style.pointerEvents = 'none';
  const renderer = L.svg({ pane: 'basemap', padding: 0.5 });
  const coarse: Resolution = { url: coarseUrl };
  const detailed: Resolution = { url: detailedUrl };
  let shown: L.LayerGroup | undefined;

  const load = (r: Resolution): Promise<L.LayerGroup> => {
    r.loading ??= fetch(r.url)
      .then((response) => {
        if (!response.ok) throw new Error(`basemap: ${r.url} answered ${response.status}`);
        return response.json() as Promise<Countries>;
      })
      .then(async (topology) => {
        await nextTask();
        return (r.layer = await layersOf(topology, renderer));
      });
    return r.loading;
  };

  const show = (layer: L.LayerGroup) => {
    if (shown === layer) return;
    shown?.remove();
    shown = layer.addTo(map);
  };

  const update = async (): Promise<void> => {
    const wanted = map.getZoom() >= DETAIL_ZOOM ? detailed : coarse;
    // Until the finer shapes arrive, keep (or load) the coarse ones so the map is never blank.
    if (wanted === detailed && !detailed.layer && coarse.layer) show(coarse.layer);
    const layer = await load(wanted);
    if ((map.getZoom() >= DETAIL_ZOOM ? detailed : coarse) === wanted) show(layer);
  };

  map.on('zoomend', () => {
    update().catch((err: unknown) => console.warn(String(err)));
  });
  return update();
}
