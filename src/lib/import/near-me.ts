/**
 * Fediverse Near Me: a uMap of community, region and language servers. Two shapes are read:
 * - a GeoJSON FeatureCollection (one layer exported; its software given by the caller or the layer's name);
 * - the uMap backup (`.umap`: `{ type: "umap", properties, uri, layers: [FeatureCollection…] }`), where each
 *   layer's name gives the software ("Mastodon Near Me", "Pixelfed Near Me", "Lemmy Near Me", …).
 * Each Point feature: `properties.name` is the server's URL (→ domain), `geometry.coordinates` is `[lon, lat]`,
 * `properties._umap_options.iconClass` is the marker's shape, which the map's legend gives meaning to ("City and
 * facility servers are shown with a pin, regions are square, countries are teardrops"):
 *
 * | iconClass | uMap draws | scale |
 * |---|---|---|
 * | `Ball` (or `pin`) | a pin | `city` (the legend says city *or facility*; a curator tells them apart) |
 * | `Default` (or `Square`) | uMap's default marker, a square | `region` |
 * | `Drop` | a teardrop | `nation` |
 * | missing | inherits the layer's iconClass, then the map's, then uMap's `Default` | as above |
 * | anything else | — | `city`, with a note |
 *
 * The description is never copied (it is the server's own prose), and no program guesses its language: only whether
 * the feature has one is kept, so a new file can tell the curator there is a description to read.
 */
import { SOFTWARE } from '../schema/server.ts';
import { domainOfUrl } from './domain.ts';
import { readJson, record } from './json.ts';
import type { ReportItem } from './types.ts';

/** What the map's marker shapes mean. */
export const ICON_SCALES: Readonly<Record<string, { scale: 'city' | 'region' | 'nation'; words: string }>> = {
  ball: { scale: 'city', words: 'pin marker (city or facility)' },
  pin: { scale: 'city', words: 'pin marker (city or facility)' },
  default: { scale: 'region', words: 'square marker (region)' },
  square: { scale: 'region', words: 'square marker (region)' },
  drop: { scale: 'nation', words: 'drop marker (country)' },
};

/** uMap's marker class when neither feature, layer nor map sets one. */
export const UMAP_DEFAULT_ICON = 'Default';

/** A server found on the map, with what the map says about it. */
export interface NearMeServer {
  /** Where it stood: layer and feature number (from 1). */
  at: string;
  /** Its domain, from the feature's URL. */
  domain: string;
  /** The URL as the map gives it. */
  url: string;
  /** Software, from the layer. */
  software: (typeof SOFTWARE)[number];
  /** The layer's name. */
  layer: string;
  /** Latitude and longitude of the pin. */
  lat: number;
  /** Longitude of the pin. */
  lon: number;
  /** The marker class in effect. */
  iconClass: string;
  /** Where the marker class came from. */
  iconFrom: 'feature' | 'layer' | 'map' | 'uMap default';
  /** The scale the marker means. */
  scale: 'city' | 'region' | 'nation';
  /** The marker in words, for the source note. */
  marker: string;
  /** Whether the feature has a description a curator can read for the languages (the text itself is not kept). */
  described: boolean;
}

/** What was read from the map. */
export interface NearMeRead {
  /** Servers, first appearance of each domain. */
  servers: NearMeServer[];
  /** Features not imported on purpose (duplicates, layers without software). */
  skipped: ReportItem[];
  /** Features that could not be read. */
  unreadable: ReportItem[];
  /** Remarks. */
  notes: ReportItem[];
  /** Features read. */
  read: number;
  /** The map's own address (`uri` of a uMap backup), when it has one. */
  uri?: string;
}

/** Options for reading the map. */
export interface NearMeOptions {
  /** Software of a plain GeoJSON layer, when its name does not say. */
  software?: string;
}

/** The software a layer's name names ("Pixelfed Near Me" → pixelfed), if any. */
export function softwareOfLayer(name: string): (typeof SOFTWARE)[number] | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9-]+/);
  return SOFTWARE.find((s) => s !== 'other' && words.includes(s));
}

/** Reads a Fediverse Near Me GeoJSON or uMap backup. Never throws. */
export function readNearMe(text: string, options: NearMeOptions = {}): NearMeRead {
  const out: NearMeRead = { servers: [], skipped: [], unreadable: [], notes: [], read: 0 };
  const json = readJson(text);
  if (!json.ok) {
    out.unreadable.push({ target: '', message: json.reason });
    return out;
  }
  const root = record(json.value);
  const layers: { name: string; icon?: string; features: unknown[]; software?: string }[] = [];
  let mapIcon: string | undefined;
  if (root?.type === 'umap' && Array.isArray(root.layers)) {
    if (typeof root.uri === 'string') out.uri = root.uri;
    mapIcon = iconOf(record(root.properties));
    for (const layer of root.layers) {
      const l = record(layer);
      const opts = record(l?.['_umap_options']);
      layers.push({ name: typeof opts?.name === 'string' ? opts.name : '(unnamed layer)', icon: iconOf(opts), features: Array.isArray(l?.features) ? l.features : [] });
    }
  } else if (root?.type === 'FeatureCollection' && Array.isArray(root.features)) {
    const opts = record(root['_umap_options']);
    const name = typeof opts?.name === 'string' ? opts.name : 'GeoJSON';
    layers.push({ name, icon: iconOf(opts), features: root.features, software: options.software });
  } else {
    out.unreadable.push({ target: '', message: 'expected a GeoJSON FeatureCollection or a uMap backup ({ "type": "umap", "layers": [...] })' });
    return out;
  }

  const seen = new Map<string, string>();
  for (const layer of layers) {
    const chosen = layer.software?.toLowerCase() ?? '';
    const software = (SOFTWARE as readonly string[]).includes(chosen) ? (chosen as (typeof SOFTWARE)[number]) : softwareOfLayer(layer.name);
    layer.features.forEach((feature, i) => {
      out.read++;
      const at = `layer "${layer.name}", feature ${i + 1}`;
      const f = record(feature);
      const props = record(f?.properties);
      const url = typeof props?.name === 'string' ? props.name : '';
      const domain = domainOfUrl(url);
      if (!domain) {
        out.unreadable.push({ at, target: url, message: 'its name is not a server URL' });
        return;
      }
      if (!software) {
        out.skipped.push({ at, target: domain, message: `the layer's name does not say which software it is (give --software)` });
        return;
      }
      const geometry = record(f?.geometry);
      const coords = geometry?.coordinates;
      const [lon, lat] = Array.isArray(coords) ? coords : [];
      if (geometry?.type !== 'Point' || typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        out.unreadable.push({ at, target: domain, message: 'expected a Point with [longitude, latitude] in range' });
        return;
      }
      const first = seen.get(domain);
      if (first) {
        out.skipped.push({ at, target: domain, message: `duplicate of ${first}` });
        return;
      }
      seen.set(domain, at);
      const own = iconOf(record(props?.['_umap_options']));
      const [iconClass, iconFrom] =
        own !== undefined ? [own, 'feature' as const] : layer.icon !== undefined ? [layer.icon, 'layer' as const] : mapIcon !== undefined ? [mapIcon, 'map' as const] : [UMAP_DEFAULT_ICON, 'uMap default' as const];
      const meaning = ICON_SCALES[iconClass.toLowerCase()];
      if (!meaning) out.notes.push({ at, target: domain, message: `marker class ${JSON.stringify(iconClass)} is not in the map's legend: recorded as city, to be checked` });
      out.servers.push({
        at,
        domain,
        url,
        software,
        layer: layer.name,
        lat,
        lon,
        iconClass,
        iconFrom,
        scale: meaning?.scale ?? 'city',
        marker: meaning ? meaning.words : `${iconClass} marker (not in the legend)`,
        described: typeof props?.description === 'string' && props.description.trim() !== '',
      });
    });
  }
  return out;
}

function iconOf(options: Record<string, unknown> | undefined): string | undefined {
  const icon = options?.iconClass;
  return typeof icon === 'string' && icon.trim() !== '' ? icon.trim() : undefined;
}
