/**
 * Place context on the map once it is zoomed in: the borders between first-level regions (states, Länder, Welsh
 * principal areas…), their names and city names, so readers can tell where a marker is. Nothing of it is fetched
 * at the world view: from `PLACES_ZOOM` on, `/data/basemap/admin1.json` (Natural Earth) and
 * `/data/basemap/places.json` (GeoNames) are fetched once, from the site's own origin, and the names in sight are
 * placed without overlap by src/lib/map/basemap-labels.ts on every move.
 *
 * Borders are drawn in their own pane just above the country shapes; names in a pane below the markers, out of
 * the way of the pointer and hidden from screen readers (the list and the markers say where each server is).
 * Labels are Leaflet divIcons whose text is set as text; positions are set by Leaflet through the CSSOM, which the
 * site's Content-Security-Policy allows (no `style` attributes).
 */
import * as L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { Admin1Topology } from '../lib/geo/admin1-topology.ts';
import { PLACES_ZOOM, visibleLabels, type Label, type PlaceRow, type RegionRow } from '../lib/map/basemap-labels.ts';
import { h } from './dom.ts';

/** Where the two files are, with the site's base path. */
export interface PlacesFiles {
  admin1: string;
  places: string;
}

/** What the files hold, ready to draw. */
interface Loaded {
  borders: L.Layer;
  regions: RegionRow[];
  places: PlaceRow[];
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`basemap: ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** One label as a non-interactive marker; its classes give its look (src/styles/map.css). */
function labelMarker(label: Label): L.Marker {
  const rank = label.kind === 'place' ? ` basemap-rank-${Math.min(label.rank ?? 3, 3)}${label.side === 'left' ? ' basemap-place-left' : ''}` : '';
  const icon = L.divIcon({
    html: h('span', { class: 'basemap-label-text' }, label.text),
    className: `basemap-label basemap-${label.kind}${rank}`,
    // No size: the icon's corner sits on the point and the style sheet places the text around it.
    iconSize: null as unknown as L.PointExpression,
  });
  return L.marker([label.lat, label.lon], { icon, interactive: false, keyboard: false, pane: 'basemap-labels' });
}

/** What the map draws of regions and places in the current view, for its downloaded image (src/lib/press/map-figure.ts). */
export interface PlacesShown {
  /** The region borders' path data, in the map's layer pixels; none when zoomed out. */
  regions: string[];
  /** The names drawn, the most important first, at their points in the map's pixels; none when zoomed out. */
  labels: readonly Label[];
}

/**
 * Adds regions and places to the map, shown from `PLACES_ZOOM` on. `credit` is the attribution (HTML made by the
 * caller from the catalogue's text), shown while they are. The map's container says what is drawn in
 * `data-basemap-places`: "off" (zoomed out), "loading", "ready", or "failed". Returns what is drawn now (once
 * the files are in, when they are still coming).
 */
export function addPlaces(map: L.Map, files: PlacesFiles, credit: string): () => Promise<PlacesShown> {
  const container = map.getContainer();
  const bordersPane = map.createPane('basemap-regions');
  bordersPane.style.zIndex = '260';
  bordersPane.style.pointerEvents = 'none';
  const labelsPane = map.createPane('basemap-labels');
  labelsPane.style.zIndex = '450';
  labelsPane.style.pointerEvents = 'none';
  labelsPane.setAttribute('aria-hidden', 'true');
  const renderer = L.svg({ pane: 'basemap-regions', padding: 0.5 });
  const labels = L.layerGroup().addTo(map);
  let loading: Promise<Loaded> | undefined;
  let credited = false;
  /** The names drawn now. */
  let current: readonly Label[] = [];
  container.dataset.basemapPlaces = 'off';

  const load = (): Promise<Loaded> => {
    loading ??= Promise.all([fetchJson<Admin1Topology>(files.admin1), fetchJson<PlaceRow[]>(files.places)]).then(([topology, places]) => {
      // Leaflet's types leave out `renderer`, which L.geoJSON passes on to its paths (as src/client/basemap.ts does).
      const common = { renderer, interactive: false, pane: 'basemap-regions' } as const;
      const borders = L.geoJSON(mesh(topology, topology.objects.borders), { ...common, style: { className: 'basemap-region-border', weight: 0.8, fill: false } });
      const regions = feature(topology, topology.objects.regions).features.map((f): RegionRow => {
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        return { name: f.properties.n, zoom: f.properties.z, lat, lon };
      });
      return { borders, regions, places };
    });
    return loading;
  };

  const hide = (data?: Loaded) => {
    labels.clearLayers();
    current = [];
    data?.borders.remove();
    if (credited) map.attributionControl.removeAttribution(credit);
    credited = false;
    container.dataset.basemapPlaces = 'off';
  };

  /** Whether the map is zoomed in far enough (false before it has a view at all). */
  const zoomedIn = () => map.getZoom() >= PLACES_ZOOM;

  const update = async (): Promise<void> => {
    if (!zoomedIn()) {
      hide(loading ? await loading : undefined);
      return;
    }
    if (!loading) container.dataset.basemapPlaces = 'loading';
    const data = await load();
    // The view may have moved on while the files came in.
    if (!zoomedIn()) {
      hide(data);
      return;
    }
    if (!map.hasLayer(data.borders)) data.borders.addTo(map);
    if (!credited) map.attributionControl.addAttribution(credit);
    credited = true;
    const size = map.getSize();
    // The attribution along the bottom (one line, two on a phone) would hide names placed under it.
    const view = { width: size.x, height: size.y - (map.attributionControl.getContainer()?.offsetHeight ?? 0) };
    const shown = visibleLabels(data.places, data.regions, map.getZoom(), (lat, lon) => map.latLngToContainerPoint([lat, lon]), view);
    labels.clearLayers();
    current = shown;
    for (const label of shown) labels.addLayer(labelMarker(label));
    container.dataset.basemapPlaces = 'ready';
  };

  const run = () => {
    update().catch((err: unknown) => {
      container.dataset.basemapPlaces = 'failed';
      loading = undefined;
      console.warn(String(err));
    });
  };
  map.on('moveend resize', run);
  // Not before the map has its first view: it is set after this is called.
  map.whenReady(run);
  return async () => {
    // Zoomed in while the files are still coming: the image waits for them, as the map does.
    if (zoomedIn() && loading) await loading.catch(() => undefined);
    if (container.dataset.basemapPlaces !== 'ready') return { regions: [], labels: [] };
    const regions = [...bordersPane.querySelectorAll('path.basemap-region-border')].map((p) => p.getAttribute('d') ?? '');
    return { regions, labels: current };
  };
}
