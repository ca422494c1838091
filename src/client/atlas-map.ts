/**
 * The home page's map view in the browser: a Leaflet map on a basemap that ships with the site, clustered
 * markers shaped by scale, filters, the reach of a picked domain, the tray of servers with no fixed place and the
 * list view, all kept in step, and the whole view in the URL (src/lib/view-state.ts).
 *
 * It decides nothing itself: filtering is src/lib/map/filter.ts, reach states come from the build's shards
 * (/data/reach/<domain>.json, computed by the reach model), words from src/lib/. Text from the data goes into
 * the page through textContent only. With a day chosen (`?date=`, the replay's controls), the states are those of
 * that day, looked up in the shard's histories and `/data/as-of.json` (src/lib/map/as-of-lookup.ts); with a period
 * chosen (`?confirmed=`), answers no source confirmed within it are unknown and say why, as on the domain page. The
 * controls are ReplayControls, wired by replay-wire.ts; the day in words beside the date field follows the field.
 *
 * The view: a link's `map=` wins; without it the map fits the servers the link's filters leave. Changing a filter
 * fits the map to the markers that remain (at most `FIT_MAX_ZOOM`); clearing the filters returns to the world view
 * (every placed server in sight). Every move after the first view, the fits included, goes into the URL, so a
 * copied link reopens exactly what was seen. On a narrow screen the panel (reach picker, day, filters) starts
 * folded, its summary counting the active filters.
 */
import 'leaflet/dist/leaflet.css';
import '../styles/map.css';
import * as L from 'leaflet';
import Supercluster from 'supercluster';
import { scaleWords } from '../lib/labels.ts';
import { translator } from '../locales/index.ts';
import { filterServers, hasFilters } from '../lib/map/filter.ts';
import { isPlaced, listRowId, partitionByPlace, type MapServer, type PlacedServer } from '../lib/map/map-data.ts';
import { parsePayload, PAYLOAD_ATTRIBUTE } from '../lib/map/payload.ts';
import { parsePickerList, pickerLabel } from '../lib/map/picker.ts';
import type { SilenceHistory } from '../lib/map/as-of-history.ts';
import { actingCommunities, firstChange, shardOnDay, shardWithin } from '../lib/map/as-of-lookup.ts';
import { reachSentence, SHOWN_STATES, STATE_GLYPHS, stateWords, type ReachShard, type ShownState } from '../lib/map/reach-shard.ts';
import { addMonths, clampDay } from '../lib/map/replay.ts';
import { communitiesKey, readShard, type ReadShard } from '../lib/map/shard-codec.ts';
import { countShown, shownStates, stateOfCode, type ShownStates } from '../lib/map/shown-states.ts';
import { changeDays } from '../lib/reach/segment-lookup.ts';
import { SHAPES, shapeOf } from '../lib/map/shapes.ts';
import { decodeViewState, encodeViewState, normaliseViewState, roundView, type ViewState } from '../lib/view-state.ts';
import { addBasemap } from './basemap.ts';
import { addPlaces, type PlacesShown } from './basemap-places.ts';
import { clusterDetails, reachLine, serverDetails } from './details.ts';
import { h, replaceChildren } from './dom.ts';
import { markSvg, setMarkState } from './marks.ts';
import { dayWords } from './page-words.ts';
import { startReplay } from './replay-wire.ts';
import { setRowSource } from './row-source.ts';
import { unfoldItems, unfoldTable, unfoldTableText } from './deferred-table.ts';
import { listRegion } from '../lib/map/list-page.ts';
import { rowLinkHere, trayRegion } from '../lib/map/tray-page.ts';
import { idleWork } from './idle-work.ts';
import { nextTask } from './next-task.ts';
import { setImageSource } from './image-source.ts';
import { mapFigure } from '../lib/press/map-figure.ts';
import type { LegendItem } from '../lib/press/print-frame.ts';
import { MAP_ROW_COLUMNS, mapRows, type MapRowsReach } from '../lib/press/map-rows.ts';

/** The map's zoom range. Without tiles there is nothing finer than Natural Earth's 1:50m to show. */
const MIN_ZOOM = 1;
const MAX_ZOOM = 12;
/** Markers closer than this many pixels are clustered (supercluster measures in 256-pixel tiles here, as Leaflet does). */
const CLUSTER_RADIUS = 44;
/** Fitting the view to the servers (at load, after a filter, the fit button) never zooms in further than this. */
const FIT_MAX_ZOOM = 6;
/** Room left around the fitted servers, in pixels: a marker drawn above its point (a pin, up to 34 px) or around it (a cluster, up to 48 px) stays inside. */
const FIT_PADDING: [number, number] = [40, 40];
/** How long the list waits at most for the link's domain to colour the map before it is put in the page, in milliseconds. */
const LIST_WAIT = 3000;
/** How long typing in the search box rests before the map fits what remains, in milliseconds. */
const SEARCH_FIT_DELAY = 450;
/** Below this width the panel sits above the map instead of beside it, and starts folded (src/styles/map.css). */
const NARROW = '(max-width: 56rem)';
/** The filter fields of the form, as named in the URL. */
const FILTER_KEYS = ['q', 'lang', 'area', 'focus', 'software', 'status', 'size'] as const;

/** Code-point order, as everywhere in the atlas (not lib/order.ts: it would bundle the YAML library). */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A marker on the map: one server, or a cluster of them. */
interface Shown {
  key: string;
  marker: L.Marker;
  /** The servers it stands for, sorted by domain. */
  domains: string[];
  /** Their indexes in the map's records (the order of `ShownStates`). */
  indices: number[];
  /** For a cluster: its id in the current index (ids change with the zoom and the filters). */
  clusterId?: number;
  /** The shard its element was last painted for (`null`: none yet), so a repaint skips what has not changed. */
  paintedFor?: ReachShard | null;
}

/**
 * A response's text, decoded a piece at a time as it arrives: `response.text()` decoded the 10 MB list of 10,000
 * servers in two tasks of about 300 ms each (600 ms in all); read this way, in 200–340 ms, its longest task 200–280 ms.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Text made safe to put into HTML (Leaflet's attribution is HTML). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page's interface language's strings. */
const t = translator(document.documentElement.lang);
const SCALE_WORDS = scaleWords(t);

async function start(root: HTMLElement): Promise<void> {
  const payload = parsePayload(root.getAttribute(PAYLOAD_ATTRIBUTE) ?? '');
  const servers = payload.servers;
  const byDomain = new Map(servers.map((s) => [s.domain, s]));
  /** The shards' communities: the map's records, in their order (src/lib/map/shard-codec.ts). */
  const communities = servers.map((s) => s.domain);
  const communitiesListKey = communitiesKey(communities);
  /** Each server's index in the map's records (and in a shard's states, src/lib/map/shown-states.ts). */
  const indexOf = new Map(communities.map((d, i) => [d, i]));
  const indicesOf = (domains: readonly string[]) => domains.map((d) => indexOf.get(d)!);
  const { placed } = partitionByPlace(servers);
  const container = root.querySelector<HTMLElement>('#atlas-map')!;
  const form = root.querySelector<HTMLFormElement>('#map-filters')!;
  const picker = root.querySelector<HTMLSelectElement>('#reach-domain')!;
  const statusEl = root.querySelector<HTMLElement>('#map-status')!;
  const fitButton = root.querySelector<HTMLButtonElement>('#fit-shown')!;
  // The tray's first items; a long tray's others are put in the page with the list (`startList`).
  const trayItems = Array.from(root.querySelectorAll<HTMLElement>('.tray-item[data-domain]'));
  // A list on a page of its own is put in this one too (`startList`): the tray's links to its rows stay here.
  const listHolder = document.querySelector<HTMLElement>('[data-list-src]');
  const listPage = listHolder?.dataset.listSrc;
  /** Points the items' links to rows of the list on page `elsewhere` (default: the list's own page, if any) at the rows here. */
  const linkRowsHere = (items: readonly HTMLElement[], elsewhere = listPage) => {
    if (!elsewhere) return;
    for (const item of items) {
      for (const link of item.querySelectorAll<HTMLAnchorElement>('a[href]')) link.setAttribute('href', rowLinkHere(link.getAttribute('href')!, elsewhere));
    }
  };
  linkRowsHere(trayItems);
  const trayEmpty = root.querySelector<HTMLElement>('[data-tray-empty]');
  // The list: put in the page from its <noscript> (src/client/deferred-table.ts) once the map is drawn (`startList`).
  const rows: HTMLTableRowElement[] = [];
  let table: HTMLElement | null | undefined;
  let reachHeader: HTMLElement | null | undefined;
  let shownNote: HTMLElement | null | undefined;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const panel = root.querySelector<HTMLDetailsElement>('#map-panel');
  const filterCount = root.querySelector<HTMLElement>('[data-filter-count]');
  const panelDomain = root.querySelector<HTMLElement>('[data-panel-domain]');

  // ---- state -------------------------------------------------------------------------------------------------

  /** Keeps only values the form offers (a stale link may name a language no server has any more). */
  const offered = (select: HTMLSelectElement, value: string | undefined) =>
    value !== undefined && Array.from(select.options).some((o) => o.value === value) ? value : undefined;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  let missingDomain: string | undefined;
  /** Every domain the picker can offer, once its file is in (the page's own options are only the first). */
  let allDomains: Set<string> | undefined;
  /** A domain from the link that is not among the page's options, until the picker's file says whether it exists. */
  let awaitingDomain: string | undefined;
  let state = sanitise(decodeViewState(location.search));
  function sanitise(s: ViewState): ViewState {
    const out: ViewState = { ...s };
    for (const key of FILTER_KEYS) {
      const el = field(key);
      if (key !== 'q' && el instanceof HTMLSelectElement && offered(el, out[key]) === undefined) delete out[key];
    }
    if (out.date !== undefined) {
      const date = payload.replay ? clampDay(out.date, payload.replay.from, payload.asOf) : payload.asOf;
      if (date === payload.asOf) delete out.date;
      else out.date = date;
    }
    // A domain among the page's options is known; any other waits for the picker's file, which says whether a
    // shard exists for it (missing: dropped, and the status says why).
    if (out.domain !== undefined && !offered(picker, out.domain)) {
      if (allDomains) {
        missingDomain = out.domain;
        delete out.domain;
      } else awaitingDomain = out.domain;
    }
    return out;
  }
  function writeForm(): void {
    for (const key of FILTER_KEYS) {
      const el = field(key);
      if (el) el.value = state[key] ?? '';
    }
    picker.value = state.domain ?? '';
  }
  function readForm(): ViewState {
    const next: Record<string, unknown> = { domain: state.domain, view: state.view, date: state.date, confirmed: state.confirmed };
    for (const key of FILTER_KEYS) {
      const value = field(key)?.value ?? '';
      if (value !== '') next[key] = value;
    }
    return sanitise(normaliseViewState(next as ViewState));
  }
  function writeUrl(): void {
    const query = encodeViewState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  }

  // ---- the map -----------------------------------------------------------------------------------------------

  // The page gets a turn here and before the markers (`go`): the map's start was one task of ~160 ms after its
  // modules were read (~640 ms on a phone's processor), keeping a reader's tap waiting; now it is three shorter ones.
  // No listener is added before this point, and every declaration is made before the second.
  await nextTask();
  container.replaceChildren();
  const map = L.map(container, {
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    zoomSnap: 1,
    maxBounds: L.latLngBounds([-85.0511, -180], [85.0511, 180]),
    maxBoundsViscosity: 1,
    worldCopyJump: false,
    keyboardPanDelta: 100,
    zoomAnimation: !reduceMotion,
    fadeAnimation: !reduceMotion,
    markerZoomAnimation: !reduceMotion,
    zoomControl: false,
  });
  // Leaflet's own zoom buttons, titled in the page's language.
  L.control.zoom({ zoomInTitle: t('map.zoom-in'), zoomOutTitle: t('map.zoom-out') }).addTo(map);
  // Leaflet takes attribution as HTML: only the catalogue's text (escaped) goes in, never data.
  map.attributionControl.addAttribution(`${escapeHtml(t('map.basemap'))}: <a href="https://www.naturalearthdata.com/" translate="no">Natural Earth</a>`);
  // Regions and city names once zoomed in (their files fetched only then); their credit shows while they do.
  let placesShown: (() => Promise<PlacesShown>) | undefined;
  if (payload.basemapPlaces) {
    placesShown = addPlaces(
      map,
      payload.basemapPlaces,
      `${escapeHtml(t('map.place-names'))}: <a href="https://www.geonames.org/" translate="no">GeoNames</a> (<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)`,
    );
  }

  /** Set once the first view is in place: moves before it are not the visitor's and do not go into the URL. */
  let viewReady = false;
  function fitTo(list: readonly PlacedServer[]): void {
    const animate = viewReady && !reduceMotion;
    if (list.length === 0) map.setView([30, 0], 2, { animate });
    else map.fitBounds(L.latLngBounds(list.map((s) => [s.lat, s.lon] as [number, number])), { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, animate });
  }
  /** The servers of `domains` that have a place on the map. */
  const placedAmong = (domains: ReadonlySet<string>) => placed.filter((s) => domains.has(s.domain));
  /** The world view: every placed server in sight. */
  const worldView = () => fitTo(placed);
  /** Fits the view to the shown markers; with none left (only servers with no place), the world view. */
  function fitShown(): void {
    const list = placedAmong(shownDomains);
    if (list.length > 0) fitTo(list);
    else worldView();
  }
  function exposeView(): void {
    const view = roundView({ zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng });
    if (view) container.dataset.view = `${view.zoom}/${view.lat}/${view.lon}`;
    return;
  }

  writeForm();
  // Where the panel cannot sit beside the map it folds away, so the map is in sight; its summary counts the filters.
  if (panel && window.matchMedia(NARROW).matches) panel.open = false;
  // The style sheet kept a narrow screen's panel folded until now (no layout shift): from here on, `open` decides.
  panel?.setAttribute('data-ready', '');
  // The link's view wins; without one, the servers its filters leave (all of them, without filters).
  if (state.view) map.setView([state.view.lat, state.view.lon], Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, state.view.zoom)), { animate: false });
  else {
    const first = placedAmong(new Set(filterServers(servers, state).map((s) => s.domain)));
    if (first.length > 0) fitTo(first);
    else worldView();
  }
  exposeView();
  viewReady = true;

  map.on('moveend', () => {
    exposeView();
    if (!viewReady) return;
    const view = roundView({ zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng });
    if (view) state = { ...state, view };
    writeUrl();
  });

  // ---- markers and clusters ----------------------------------------------------------------------------------

  const layer = L.layerGroup().addTo(map);
  let index = new Supercluster<{ domain: string }>({ radius: CLUSTER_RADIUS, extent: 256, maxZoom: MAX_ZOOM, minZoom: 0 });
  let shown = new Map<string, Shown>();
  const byElement = new WeakMap<Element, Shown>();
  /** The picked domain's shard as built ("now"), and as shown: the same, or replayed on `state.date`. */
  let rawShard: ReachShard | undefined;
  let shard: ReachShard | undefined;
  /** The states of `rawShard`, read with it, and those of `shard`, the states the map shows, by server index. */
  let rawStates: ShownStates | undefined;
  let states: ShownStates | undefined;
  /** The site-wide silence segments, fetched the first time a day is chosen. */
  let silence: SilenceHistory | undefined;
  let shownDomains = new Set(servers.map((s) => s.domain));
  /** The indexes of the shown servers, in the map's records. */
  let shownIndices: number[] = servers.map((_, i) => i);
  /** A server to focus (and maybe open) once the markers are drawn at the zoom being moved to. */
  let pending: { domain: string; open: boolean } | undefined;

  const stateOf = (domain: string): ShownState | undefined => {
    const i = indexOf.get(domain);
    return states ? (i === undefined ? 'unknown' : stateOfCode(states[i]!)) : undefined;
  };

  function loadIndex(): void {
    index = new Supercluster<{ domain: string }>({ radius: CLUSTER_RADIUS, extent: 256, maxZoom: MAX_ZOOM, minZoom: 0 });
    index.load(
      placed
        .filter((s) => shownDomains.has(s.domain))
        .map((s) => ({ type: 'Feature' as const, properties: { domain: s.domain }, geometry: { type: 'Point' as const, coordinates: [s.lon, s.lat] } })),
    );
  }

  /** Popups fit the map on a phone, and open clear of the zoom buttons. */
  function popupOptions(): L.PopupOptions {
    const width = Math.max(160, Math.min(300, container.clientWidth - 80));
    return { maxWidth: width, minWidth: Math.min(180, width), autoPanPaddingTopLeft: [52, 12], autoPanPaddingBottomRight: [12, 12], className: 'atlas-popup' };
  }

  function pointMarker(server: PlacedServer): Shown {
    const shape = shapeOf(server.scale);
    const g = SHAPES[shape];
    const icon = L.divIcon({
      html: markSvg(shape, undefined),
      className: `atlas-marker shape-${shape}`,
      iconSize: [g.width, g.height],
      iconAnchor: [g.anchor[0], g.anchor[1]],
      popupAnchor: [0, -g.anchor[1] + 2],
    });
    const marker = L.marker([server.lat, server.lon], { icon, keyboard: true, title: `${server.name} (${server.domain})`, riseOnHover: true });
    marker.bindPopup(() => serverDetails(server, payload, shard), popupOptions());
    return { key: `p:${server.domain}`, marker, domains: [server.domain], indices: indicesOf([server.domain]) };
  }

  function clusterMarker(lat: number, lon: number, domains: string[]): Shown {
    const n = domains.length;
    const size = n < 10 ? 36 : n < 100 ? 42 : 48;
    const body = h('div', { class: 'cluster-body' }, h('span', { class: 'cluster-count' }, String(n)));
    const icon = L.divIcon({ html: body, className: 'atlas-cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2], popupAnchor: [0, -size / 2] });
    const marker = L.marker([lat, lon], { icon, keyboard: true, title: t('map.cluster.title', { count: n }), riseOnHover: true });
    const entry: Shown = { key: `c:${domains.join(' ')}`, marker, domains, indices: indicesOf(domains) };
    marker.on('click', () => activateCluster(entry));
    marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
      if (e.originalEvent.key === 'Enter') activateCluster(entry);
    });
    return entry;
  }

  /** Zooms in to where a cluster splits; a cluster no zoom splits (servers at one spot) opens a list of them. */
  function activateCluster(entry: Shown, open = false): void {
    const expansion = entry.clusterId === undefined ? MAX_ZOOM + 1 : index.getClusterExpansionZoom(entry.clusterId);
    if (expansion <= MAX_ZOOM) {
      pending = { domain: entry.domains[0]!, open };
      map.setView(entry.marker.getLatLng(), expansion);
      return;
    }
    const members = entry.domains.map((d) => byDomain.get(d)).filter((s): s is MapServer => s !== undefined);
    L.popup({ ...popupOptions(), maxHeight: 320 })
      .setLatLng(entry.marker.getLatLng())
      .setContent(clusterDetails(members, payload, shard, (s) => shapeOf(s.scale)))
      .openOn(map);
    popupOpener = entry.marker.getElement() ?? undefined;
  }

  function pointLabel(server: MapServer, st: ShownState | undefined): string {
    const where = server.area ? `, ${server.area}${server.scale ? ` (${SCALE_WORDS[server.scale]})` : ''}` : '';
    const reach = shard ? `. ${reachSentence(shard.domain, st === 'self' ? undefined : shard.servers[server.domain], t)}` : '';
    return `${server.name}, ${server.domain}${where}${reach}`;
  }

  function clusterLabel(domains: readonly string[], counts: Record<ShownState, number>): string {
    const names = domains.slice(0, 5).map((d) => byDomain.get(d)?.name ?? d);
    const more = domains.length > 5 ? t('map.cluster.more', { count: domains.length - 5 }) : '';
    let label = `${t('map.cluster.title', { count: domains.length })}: ${names.join(', ')}${more}`;
    if (shard) label += `. ${shard.domain}: ${countWords(counts)}`;
    return `${label}. ${t('map.cluster.enter')}`;
  }

  function paintMarker(entry: Shown): void {
    const el = entry.marker.getElement();
    if (!el) return;
    // Already painted for this shard (a zoom keeps the markers that stay): nothing has changed.
    if (byElement.get(el) === entry && entry.paintedFor === (shard ?? null)) return;
    entry.paintedFor = shard ?? null;
    byElement.set(el, entry);
    el.dataset.count = String(entry.domains.length);
    if (entry.clusterId === undefined && entry.key.startsWith('p:')) {
      const server = byDomain.get(entry.domains[0]!)!;
      const st = stateOf(server.domain);
      setMarkState(el, st);
      el.dataset.domain = server.domain;
      el.dataset.reach = st ?? 'none';
      el.setAttribute('aria-label', pointLabel(server, st));
      if (entry.marker.isPopupOpen()) entry.marker.setPopupContent(serverDetails(server, payload, shard));
    } else {
      el.dataset.domains = entry.domains.join(' ');
      const counts = countOf(entry.indices);
      el.setAttribute('aria-label', clusterLabel(entry.domains, counts));
      const body = el.querySelector('.cluster-body');
      el.querySelector('.cluster-states')?.remove();
      // With a domain picked: a cluster whose servers are all unknown is drawn hollow and dashed, like an unknown
      // marker; otherwise a badge per known state (✕ suspends, − limits, ✓ reaches) says how many, the rest being unknown.
      // The badges' words are drawn by the style sheet from data-badge, not as text inside the button: the button's
      // name (its aria-label) already says the counts in words, and a name must contain all the text a button shows.
      const allUnknown = Boolean(shard) && counts.unknown === entry.domains.length;
      if (shard && body && !allUnknown) {
        const badges = h('span', { class: 'cluster-states', 'aria-hidden': 'true' });
        for (const st of SHOWN_STATES) {
          if (st !== 'unknown' && counts[st] > 0) badges.append(h('span', { class: `cluster-state reach-${st}`, 'data-badge': `${STATE_GLYPHS[st]}${counts[st]}` }));
        }
        el.append(badges);
      }
      el.classList.toggle('has-states', Boolean(shard) && !allUnknown);
      el.classList.toggle('all-unknown', allUnknown);
    }
  }

  function render(): void {
    const zoom = Math.round(map.getZoom());
    const next = new Map<string, Shown>();
    for (const f of index.getClusters([-180, -85.0511, 180, 85.0511], zoom)) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as { domain?: string; cluster?: boolean; cluster_id?: number };
      if (props.cluster && props.cluster_id !== undefined) {
        const domains = index.getLeaves(props.cluster_id, Infinity).map((leaf) => leaf.properties.domain).sort(compareText);
        const key = `c:${domains.join(' ')}`;
        let entry = shown.get(key) ?? next.get(key);
        if (!entry) {
          entry = clusterMarker(lat, lon, domains);
          entry.marker.addTo(layer);
        } else entry.marker.setLatLng([lat, lon]);
        entry.clusterId = props.cluster_id;
        next.set(key, entry);
      } else if (props.domain) {
        const key = `p:${props.domain}`;
        let entry = shown.get(key);
        if (!entry) {
          const server = byDomain.get(props.domain);
          if (!server || !isPlaced(server)) continue;
          entry = pointMarker(server);
          entry.marker.addTo(layer);
        }
        next.set(key, entry);
      }
    }
    for (const [key, entry] of shown) if (!next.has(key)) layer.removeLayer(entry.marker);
    shown = next;
    const ordered = [...shown.values()].sort((a, b) => compareText(a.domains[0]!, b.domains[0]!));
    keepTabOrder(ordered);
    for (const entry of ordered) paintMarker(entry);
    container.dataset.markers = String(ordered.length);
    settlePending();
  }

  /** Tab goes through the markers in domain order, as the list does. */
  function keepTabOrder(ordered: readonly Shown[]): void {
    const elements = ordered.map((e) => e.marker.getElement()).filter((el): el is HTMLElement => el !== undefined);
    const pane = elements[0]?.parentElement;
    if (!pane) return;
    const current = Array.from(pane.children).filter((el) => elements.includes(el as HTMLElement));
    if (current.every((el, i) => el === elements[i])) return;
    const active = document.activeElement;
    for (const el of elements) pane.appendChild(el);
    if (active instanceof HTMLElement && elements.includes(active)) active.focus({ preventScroll: true });
  }

  function entryFor(domain: string): Shown | undefined {
    for (const entry of shown.values()) if (entry.domains.includes(domain)) return entry;
    return undefined;
  }

  function settlePending(): void {
    if (!pending) return;
    const { domain, open } = pending;
    const entry = entryFor(domain);
    if (!entry) {
      pending = undefined;
      return;
    }
    if (entry.key.startsWith('c:') && open) {
      const expansion = entry.clusterId === undefined ? MAX_ZOOM + 1 : index.getClusterExpansionZoom(entry.clusterId);
      if (expansion <= MAX_ZOOM && expansion > Math.round(map.getZoom())) {
        map.setView(entry.marker.getLatLng(), expansion);
        return; // settles again after that zoom
      }
      pending = undefined;
      activateCluster(entry, true);
      return;
    }
    pending = undefined;
    entry.marker.getElement()?.focus({ preventScroll: true });
    if (open && entry.key.startsWith('p:')) entry.marker.openPopup();
  }

  map.on('zoomend', render);

  // Space activates a marker as Enter does (they are buttons).
  container.addEventListener('keydown', (e) => {
    if (e.key !== ' ' || !(e.target instanceof Element)) return;
    const entry = byElement.get(e.target);
    if (!entry) return;
    e.preventDefault();
    if (entry.key.startsWith('p:')) entry.marker.openPopup();
    else activateCluster(entry);
  });

  // Popups: focus moves into them when they open, Escape closes them, and focus returns to the marker.
  let popupOpener: HTMLElement | undefined;
  map.on('popupopen', (e: L.PopupEvent) => {
    const el = e.popup.getElement();
    if (!el) return;
    const source = (e.popup as unknown as { _source?: L.Layer })._source;
    if (source instanceof L.Marker) popupOpener = source.getElement() ?? popupOpener;
    el.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('map.close-popup'));
    if (!el.dataset.keys) {
      el.dataset.keys = 'on';
      el.addEventListener('keydown', (ev) => {
        if (ev.key === 'Escape') {
          ev.stopPropagation();
          map.closePopup();
        }
      });
    }
    el.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
  });
  map.on('popupclose', (e: L.PopupEvent) => {
    const el = e.popup.getElement();
    const active = document.activeElement;
    if (popupOpener?.isConnected && (active === document.body || active === null || el?.contains(active))) popupOpener.focus({ preventScroll: true });
  });

  // ---- reach ---------------------------------------------------------------------------------------------------

  const shardRequests = new Map<string, Promise<ReadShard>>();
  let reachError: string | undefined;
  /** A domain's shard, with the states the map shows for it read straight from its codes (fetched once). */
  function fetchShard(domain: string): Promise<ReadShard> {
    let request = shardRequests.get(domain);
    if (!request) {
      request = fetch(`${payload.reachBase}${domain}.json`).then((response) => {
        if (!response.ok) throw new Error(`${payload.reachBase}${domain}.json answered ${response.status}`);
        return response.json();
      }).then((value: unknown) => readShard(value, communities, communitiesListKey));
      request.catch(() => shardRequests.delete(domain));
      shardRequests.set(domain, request);
    }
    return request;
  }

  /** How many of the servers at `indices` show each state (none with no domain picked). */
  function countOf(indices: Iterable<number>): Record<ShownState, number> {
    return states ? countShown(states, indices) : { suspends: 0, limits: 0, reaches: 0, unknown: 0, self: 0 };
  }

  function countWords(counts: Record<ShownState, number>): string {
    return SHOWN_STATES.filter((st) => st !== 'self' || counts.self > 0)
      .map((st) => t(`map.count.${st}`, { count: counts[st] }))
      .join(', ');
  }

  let silenceRequest: Promise<SilenceHistory> | undefined;
  function fetchSilence(): Promise<SilenceHistory> {
    if (!payload.replay) return Promise.reject(new Error('no replay'));
    silenceRequest ??= fetch(payload.replay.url).then((response) => {
      if (!response.ok) throw new Error(`${payload.replay!.url} answered ${response.status}`);
      return response.json() as Promise<SilenceHistory>;
    });
    silenceRequest.catch(() => (silenceRequest = undefined));
    return silenceRequest;
  }

  /**
   * The shard shown: the built one, or its replay on the chosen day once the silence segments are in, restricted to
   * the reader's period (`?confirmed=`) as the domain page's answers are.
   */
  function deriveShard(): void {
    const onDay = rawShard && state.date && silence ? shardOnDay(rawShard, silence, state.date) : state.date ? undefined : rawShard;
    shard = onDay && shardWithin(onDay, state.confirmed);
    // The built shard's states come with it; a replayed or restricted one's are read from its entries.
    states = shard === undefined ? undefined : shard === rawShard && rawStates ? rawStates : shownStates(shard, communities);
  }

  /** How long the list's and tray's idle work waits at most for a picked domain's colours, in milliseconds. */
  const RECOLOUR_HOLD = 1000;
  /** How long the previous domain's colours may stay while another domain's shard loads, in milliseconds. */
  const LOADING_PAINT_DELAY = 150;
  let loadingPaint: ReturnType<typeof setTimeout> | undefined;

  /** Calls `done` once the browser has drawn the next frame (or after a while, where it draws none: a hidden tab). */
  function afterNextFrame(done: () => void): void {
    let called = false;
    const once = () => {
      if (called) return;
      called = true;
      done();
    };
    requestAnimationFrame(() => setTimeout(once, 0));
    setTimeout(once, 250);
  }

  async function loadReach(): Promise<void> {
    const domain = state.domain;
    reachError = undefined;
    if (!domain) {
      clearTimeout(loadingPaint);
      rawShard = undefined;
      rawStates = undefined;
      deriveShard();
      paintAll();
      return;
    }
    clearTimeout(loadingPaint);
    if (rawShard?.domain !== domain) {
      // Another domain: its shard usually comes quickly, and then replaces the colours shown in one paint. Only a
      // slow one has the map show no colours while it loads (painting every marker twice costs a frame at scale).
      const clear = () => {
        if (state.domain !== domain || rawShard?.domain === domain) return;
        rawShard = undefined;
        rawStates = undefined;
        deriveShard();
        paintAll();
      };
      if (rawShard) loadingPaint = setTimeout(clear, LOADING_PAINT_DELAY);
      else clear();
    }
    // The list's and tray's rows and words wait (src/client/idle-work.ts) until the map shows this domain's colours
    // and the browser has drawn them: a slice of them coming due meanwhile would keep the colours waiting.
    // A shard slow to come does not hold them longer than RECOLOUR_HOLD.
    const release = idleWork.hold();
    setTimeout(release, RECOLOUR_HOLD);
    try {
      const [loaded, quiet] = await Promise.all([fetchShard(domain), state.date ? fetchSilence() : Promise.resolve(silence)]);
      if (state.domain !== domain) return;
      clearTimeout(loadingPaint);
      rawShard = loaded.shard;
      rawStates = loaded.states;
      silence = quiet;
      deriveShard();
    } catch (err) {
      if (state.domain !== domain) return;
      clearTimeout(loadingPaint);
      if (rawShard?.domain !== domain) {
        rawShard = undefined;
        rawStates = undefined;
        deriveShard();
      }
      reachError = domain;
      console.warn(String(err));
    } finally {
      afterNextFrame(release);
    }
    paintAll();
  }

  // ---- tray, list, legend, status ----------------------------------------------------------------------------

  /** The shard each tray item's and list row's reach words were last written for (none written: no shard). */
  const listPainted = new WeakMap<HTMLElement, ReachShard | undefined>();
  /** Counts the list paints: a slower one still writing words stops when a newer one starts. */
  let listPass = 0;
  /** The shown set and the number of tray items and rows the tray's and list's visibility was last written for. */
  let listShownFor: ReadonlySet<string> | undefined;
  let listShownRows = -1;
  /**
   * How long one slice of the list's words may take before the page gets a turn, in milliseconds: short, as the
   * frame that lays out what a slice wrote takes several times as long (src/client/deferred-table.ts).
   */
  const LIST_SLICE_MS = 8;
  /** Runs `step` when the page is idle, unless a recolour holds the page's background work. */
  const whenIdle = (step: () => void) => idleWork.whenIdle(step);

  function showItem(el: HTMLElement, domain: string): void {
    const hide = !shownDomains.has(domain);
    if (el.hidden !== hide) el.hidden = hide;
  }
  /** Writes a tray item's or list row's reach words (and a tray item's mark) for the shard shown, once per shard. */
  function paintItem(el: HTMLElement): void {
    if (listPainted.get(el) === shard) return;
    listPainted.set(el, shard);
    const domain = el.dataset.domain!;
    const server = byDomain.get(domain);
    if (el instanceof HTMLTableRowElement) {
      // The reach cell is the third (src/components/ServerTable.astro); found by position, not by a search of the row.
      const cell = el.cells[2]?.hasAttribute('data-reach-cell') ? el.cells[2] : el.querySelector<HTMLElement>('[data-reach-cell]');
      if (cell && server) {
        cell.hidden = !shard;
        replaceChildren(cell, reachLine(server, shard));
      }
      return;
    }
    setMarkState(el, stateOf(domain));
    const text = el.querySelector<HTMLElement>('[data-reach-text]');
    if (text && server) {
      const line = reachLine(server, shard);
      text.hidden = !line;
      replaceChildren(text, line);
    }
  }
  /**
   * The tray and the list follow the filters at once. Their reach words (one element per server, thousands of them)
   * are written in slices when the page is idle, so the map is coloured first, a shard being fetched is not kept
   * waiting, and the page stays responsive; the table says which domain its words are for once all are written
   * (`data-reach-list`).
   */
  function paintList(): void {
    const pass = ++listPass;
    // Which items show changes with the filters (a new set) or with new rows, not with the shard.
    if (listShownFor !== shownDomains || listShownRows !== rows.length + trayItems.length) {
      listShownFor = shownDomains;
      listShownRows = rows.length + trayItems.length;
      for (const item of trayItems) showItem(item, item.dataset.domain!);
      // The note that every shown server has a place: only when the tray shows none of its own.
      if (trayEmpty) trayEmpty.hidden = trayItems.some((item) => !item.hidden);
      for (const row of rows) showItem(row, row.dataset.domain!);
    }
    if (reachHeader) {
      reachHeader.hidden = !shard;
      reachHeader.textContent = shard ? t('map.details.reach-of', { domain: shard.domain }) : t('map.reach-header');
    }
    const items = [...trayItems, ...rows];
    let next = 0;
    const slice = () => {
      if (pass !== listPass) return;
      const end = performance.now() + LIST_SLICE_MS;
      while (next < items.length && performance.now() < end) paintItem(items[next++]!);
      if (next < items.length) whenIdle(slice);
      else table?.setAttribute('data-reach-list', shard?.domain ?? '');
    };
    whenIdle(slice);
  }

  /** How many shown servers have no place, counted once per shown set. */
  let placelessFor: ReadonlySet<string> | undefined;
  let placelessShown = 0;

  /** The legend's parts, found once (the page's own markup: searching it each time would walk the long tray too). */
  let legend: ReturnType<typeof findLegend> | undefined;
  function findLegend() {
    const countEls = {} as Record<ShownState, Element | null>;
    for (const st of SHOWN_STATES) countEls[st] = root.querySelector(`[data-count="${st}"]`);
    return {
      legendNone: root.querySelector<HTMLElement>('[data-reach-none]'),
      reachSome: Array.from(root.querySelectorAll<HTMLElement>('[data-reach-some]')),
      legendDomain: root.querySelector('[data-reach-domain]'),
      countEls,
      selfItem: root.querySelector<HTMLElement>('.legend-states [data-state="self"]'),
    };
  }

  function paintAll(): void {
    for (const entry of shown.values()) paintMarker(entry);
    container.dataset.reach = shard?.domain ?? '';
    container.dataset.reachDay = shard?.day ?? '';
    const active = FILTER_KEYS.filter((key) => state[key] !== undefined).length;
    if (filterCount) filterCount.textContent = active > 0 ? t('map.filters.active', { count: active }) : '';
    if (panelDomain) panelDomain.textContent = state.domain ? ` · ${state.domain}` : '';
    if (shownNote) shownNote.textContent = hasFilters(state) ? t('map.shown-note', { count: shownDomains.size }) : '';

    const { legendNone, reachSome, legendDomain, countEls, selfItem } = (legend ??= findLegend());
    if (legendNone) legendNone.hidden = Boolean(state.domain);
    for (const el of reachSome) el.hidden = !state.domain;
    if (legendDomain) legendDomain.textContent = state.domain ?? '';
    const counts = countOf(shownIndices);
    for (const st of SHOWN_STATES) {
      const el = countEls[st];
      if (el) el.textContent = String(counts[st]);
    }
    if (selfItem) selfItem.hidden = counts.self === 0;

    const total = servers.length;
    const n = shownDomains.size;
    if (placelessFor !== shownDomains) {
      placelessFor = shownDomains;
      placelessShown = servers.filter((s) => shownDomains.has(s.domain) && !isPlaced(s)).length;
    }
    const placeless = placelessShown;
    let text = n === total ? t('map.status.all', { count: total }) : t('map.status.some', { n, count: total });
    if (placeless > 0) text += t('map.status.placeless', { count: placeless });
    text += '.';
    if (state.domain && shard) text += t('map.status.reach', { domain: shard.domain, day: shard.day, counts: countWords(counts) });
    else if (state.domain && rawShard && state.date) text += t('map.status.loading-day', { domain: state.domain, day: state.date });
    else if (state.domain && reachError) text += t('map.status.failed', { domain: state.domain });
    else if (state.domain) text += t('map.status.loading', { domain: state.domain });
    if (missingDomain) text += t('map.status.missing', { domain: missingDomain });
    statusEl.textContent = text;
    paintList();
  }

  function applyFilters(): void {
    shownDomains = new Set(filterServers(servers, state).map((s) => s.domain));
    shownIndices = indicesOf([...shownDomains]);
    loadIndex();
    render();
    paintAll();
  }

  // ---- controls ----------------------------------------------------------------------------------------------

  /** A fit waiting for the search box's typing to rest. */
  let fitTimer: ReturnType<typeof setTimeout> | undefined;
  function cancelFit(): void {
    if (fitTimer !== undefined) clearTimeout(fitTimer);
    fitTimer = undefined;
  }
  const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((d) => b.has(d));

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const before = shownDomains;
    state = readForm();
    missingDomain = undefined;
    applyFilters();
    writeUrl();
    // The markers that remain come into view (at once for a choice, once typing rests for the search box).
    if (sameSet(before, shownDomains)) return;
    cancelFit();
    if (e.target === field('q')) fitTimer = setTimeout(() => ((fitTimer = undefined), fitShown()), SEARCH_FIT_DELAY);
    else fitShown();
  });
  form.addEventListener('reset', () => {
    // The form resets its fields after this event: read them on the next task.
    setTimeout(() => {
      cancelFit();
      state = readForm();
      applyFilters();
      writeUrl();
      worldView();
    }, 0);
  });
  // ---- the picker's other domains: fetched on its first use, never at load -----------------------------------

  let pickerRequest: Promise<void> | undefined;
  function loadAllDomains(): Promise<void> {
    pickerRequest ??= fetch(payload.pickerList)
      .then((response) => {
        if (!response.ok) throw new Error(`${payload.pickerList} answered ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((value) => {
        const list = parsePickerList(value);
        const have = new Set(Array.from(picker.options, (o) => o.value));
        const more = document.createDocumentFragment();
        for (const a of list) {
          if (have.has(a.domain)) continue;
          more.append(h('option', { value: a.domain, translate: 'no' }, pickerLabel(a, t)));
        }
        picker.querySelector('[data-picker-more]')?.remove();
        picker.append(more);
        allDomains = new Set(list.map((a) => a.domain));
        settleAwaiting();
      });
    pickerRequest.catch((err: unknown) => {
      pickerRequest = undefined;
      console.warn(String(err));
      if (awaitingDomain) {
        reachError = awaitingDomain;
        paintAll();
      }
    });
    return pickerRequest;
  }
  /** The link's domain, once the picker's file is in: selected and coloured, or dropped as missing. */
  function settleAwaiting(): void {
    const domain = awaitingDomain;
    awaitingDomain = undefined;
    if (domain === undefined || state.domain !== domain) return;
    if (allDomains?.has(domain)) {
      picker.value = domain;
      void loadReach();
      return;
    }
    missingDomain = domain;
    state = { ...state };
    delete state.domain;
    writeForm();
    writeUrl();
    void loadReach();
  }
  for (const type of ['focus', 'pointerdown', 'keydown'] as const) picker.addEventListener(type, () => void loadAllDomains().catch(() => undefined), { once: true });

  picker.addEventListener('change', () => {
    state = { ...state, domain: picker.value || undefined };
    if (state.domain === undefined) delete state.domain;
    missingDomain = undefined;
    // The shard is asked for first: the address is written while it is on its way.
    void loadReach();
    writeUrl();
  });

  fitButton.hidden = false;
  fitButton.addEventListener('click', () => fitShown());

  // ---- the day (as-of replay) -----------------------------------------------------------------------------------

  const replayBox = root.querySelector<HTMLElement>('[data-map-replay]');
  const dayText = root.querySelector<HTMLTimeElement>('[data-as-of-day]');
  /**
   * The day in words beside the date field follows the field: the written day is the one to trust (a browser
   * may write the field's day in its own language's order, 06/01/2026, whatever the page's language).
   */
  function writeDay(day: string): void {
    if (!dayText) return;
    dayText.dateTime = day;
    dayText.textContent = dayWords(day);
    for (const why of root.querySelectorAll<HTMLElement>('[data-as-of-why]')) why.hidden = (why.dataset.asOfWhy === 'chosen') !== (day !== payload.asOf);
  }
  if (payload.replay && replayBox) {
    const replay = payload.replay;
    startReplay(replayBox, {
      from: replay.from,
      today: payload.asOf,
      playStart: () => addMonths((rawShard && firstChange(rawShard)) ?? replay.from, -1),
      marks: () => (rawShard ? [...new Set(actingCommunities(rawShard).flatMap((c) => changeDays(rawShard!.servers[c]!.history!)))].sort() : []),
      show: (day, months) => {
        writeDay(day);
        state = { ...state, date: day === payload.asOf ? undefined : day, confirmed: months };
        if (state.date === undefined) delete state.date;
        if (state.confirmed === undefined) delete state.confirmed;
        writeUrl();
        if (state.domain && state.date && !silence) {
          void fetchSilence()
            .then((quiet) => {
              silence = quiet;
              deriveShard();
              paintAll();
            })
            .catch((err: unknown) => console.warn(String(err)));
        }
        deriveShard();
        paintAll();
      },
    });
  }

  // ---- the list -------------------------------------------------------------------------------------------------

  /** Each batch of the list's rows: its "Show on map" buttons shown, its rows in step with the map. */
  function addRows(batch: HTMLTableRowElement[]): void {
    rows.push(...batch);
    for (const row of batch) {
      const button = row.querySelector<HTMLButtonElement>('[data-show-on-map]');
      if (button) button.hidden = false;
    }
    paintList();
  }

  /**
   * Puts the list in the page (the first rows at once, the others when the page is idle) and wires it: called once
   * the map is drawn, so thousands of rows never keep the map waiting.
   */
  function startList(): void {
    // A long tray's other items are on its own page (src/lib/map/tray-page.ts): fetched now, moved in when idle.
    // The list's rows wait for them (`trayIn`): put in after an address's row was shown, they would push it out of
    // sight.
    const trayMore = root.querySelector<HTMLElement>('[data-tray-src]');
    const trayList = root.querySelector<HTMLElement>('ul.tray');
    let trayIn: Promise<void> | undefined;
    if (trayMore && trayList) {
      const elsewhere = trayMore.dataset.trayRows ?? '';
      const have = new Set(trayItems.map((item) => item.dataset.domain ?? ''));
      let trayDone = () => {};
      trayIn = new Promise((resolve) => (trayDone = resolve));
      void fetch(trayMore.dataset.traySrc!)
        .then((response) => (response.ok ? readText(response) : Promise.reject(new Error(String(response.status)))))
        .then((text) => {
          const region = trayRegion(text);
          if (region === undefined) throw new Error('no tray in the page');
          unfoldItems(
            region,
            trayList,
            (item) => !have.has(item.dataset.domain ?? ''),
            (items) => {
              linkRowsHere(items, elsewhere);
              trayItems.push(...items);
              paintList();
            },
            () => {
              trayMore.remove();
              trayDone();
            },
          );
        })
        .catch(() => {
          // The link to the tray's page stays; the reader is told why no more items follow.
          trayMore.append(' ', h('span', {}, t('map.tray.more.failed')));
          trayDone();
        });
    }
    /** Runs `step` once the tray's other items are in (at once when it has none to fetch). */
    const afterTray = (step: () => void) => (trayIn ? void trayIn.then(step) : step());
    const held = document.querySelector<HTMLElement>('noscript[data-deferred-table="servers"]');
    // A list too long for the page is on a page of its own (src/lib/map/list-page.ts): fetched when the reader nears it.
    if (!held && listHolder) {
      // The holder stands for the list (`#servers`) until the table replaces it: the Download menu's rows meanwhile.
      setRowSource(listHolder, listRows);
      let asked = false;
      const load = () => {
        if (asked) return;
        asked = true;
        watch.disconnect();
        window.removeEventListener('hashchange', toRow);
        void fetch(listPage!)
          .then((response) => (response.ok ? readText(response) : Promise.reject(new Error(String(response.status)))))
          .then((text) => {
            const region = listRegion(text);
            if (region === undefined) throw new Error('no list in the page');
            // Put in when the page is idle, in slices from the first rows (src/client/deferred-table.ts), held, as the
            // list's other work is, while a picked domain's colours are on their way.
            afterTray(() => idleWork.whenIdle(() => wireTable(unfoldTableText(listHolder, region, addRows))));
          })
          .catch(() => {
            // The link to the list's page stays; the reader is told why no rows follow.
            listHolder.append(h('p', { class: 'secondary' }, t('map.list.elsewhere.failed')));
          });
      };
      // Fetched when the reader comes near the list, or an address names one of its rows (a popup's "In the list"):
      // thousands of rows' text, read by the browser in tasks of hundreds of milliseconds (two of about 300 ms at
      // 10,000 servers), would otherwise fall on a reader still at the map, picking a domain.
      const toRow = () => {
        if (location.hash.startsWith(`#${listRowId('')}`)) load();
      };
      const watch = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && load(), { rootMargin: '600px 0px' });
      watch.observe(listHolder);
      window.addEventListener('hashchange', toRow);
      toRow();
      return;
    }
    if (held) afterTray(() => wireTable(unfoldTable(held, addRows)));
    else {
      table = document.getElementById('servers');
      addRows(Array.from(table?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-domain]') ?? []));
      wireTable(table);
    }
  }

  /** Wires the list's table once it is in the page: its reach column, its note, its buttons and its download. */
  function wireTable(found: HTMLElement | null | undefined): void {
    table = found;
    reachHeader = table?.querySelector<HTMLElement>('[data-reach-header]');
    shownNote = table?.querySelector<HTMLElement>('[data-shown-note]');
    // One listener for every row's button, those still to come included.
    table?.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('[data-show-on-map]') : null;
      if (button) {
        const server = byDomain.get(button.dataset.showOnMap ?? '');
        if (!server || !isPlaced(server)) return;
        container.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
        pending = { domain: server.domain, open: true };
        const zoom = Math.max(Math.round(map.getZoom()), FIT_MAX_ZOOM);
        if (zoom !== Math.round(map.getZoom())) map.setView([server.lat, server.lon], zoom);
        else {
          map.panTo([server.lat, server.lon], { animate: false });
          settlePending();
        }
      }
    });

    if (table) setRowSource(table, listRows);
    paintAll();
  }

  /**
   * The Download menu's rows: the servers the list shows, built from the payload, the filters and the picked
   * domain's shard on the day shown (src/lib/press/map-rows.ts), never read back from the page (so a list still on
   * its way from its own page downloads whole).
   */
  async function listRows() {
    const domain = state.domain;
    const date = state.date;
    let reach: MapRowsReach | undefined;
    if (domain) {
      const [{ shard: loaded }, quiet] = await Promise.all([fetchShard(domain), date ? fetchSilence() : Promise.resolve(undefined)]);
      reach = { shard: loaded, day: date ?? loaded.day, silence: quiet, confirmedWithin: state.confirmed };
    }
    const period = reach?.confirmedWithin === undefined ? '' : `-confirmed-within-${reach.confirmedWithin}-months`;
    return { columns: MAP_ROW_COLUMNS, rows: mapRows(servers, state, reach), suffix: reach ? `-${reach.shard.domain}-${reach.day}${period}` : '' };
  }

  // ---- download ------------------------------------------------------------------------------------------------

  // The Download menu's image: the basemap and the markers in the current view, with the states on the day shown,
  // drawn from what the map holds (src/lib/press/map-figure.ts).
  setImageSource(container, async () => {
    // Zoomed in, the region borders and the names the map shows (none at the world view, as on the map); read
    // first, as it may wait for their files, and the view is read after it.
    const context = (await placesShown?.()) ?? { regions: [], labels: [] };
    const size = map.getSize();
    const origin = map.layerPointToContainerPoint([0, 0]);
    const pane = map.getPane('basemap');
    const paths = (cls: string) => [...(pane?.querySelectorAll(`path.${cls}`) ?? [])].map((p) => p.getAttribute('d') ?? '');
    const markers = [...shown.values()]
      .sort((a, b) => compareText(a.key, b.key))
      .map((entry) => {
        const { x, y } = map.latLngToContainerPoint(entry.marker.getLatLng());
        const server = entry.key.startsWith('p:') ? byDomain.get(entry.domains[0]!) : undefined;
        if (server) return { kind: 'point' as const, x, y, shape: shapeOf(server.scale), state: stateOf(server.domain), label: server.domain };
        return { kind: 'cluster' as const, x, y, count: entry.domains.length, states: shard ? countOf(entry.indices) : undefined };
      });
    const drawn = mapFigure({
      width: size.x,
      height: size.y,
      land: paths('basemap-land'),
      borders: paths('basemap-border'),
      regions: context.regions,
      places: context.labels.map((l) => {
        const at = map.latLngToContainerPoint([l.lat, l.lon]);
        return { kind: l.kind, text: l.text, ...(l.rank === undefined ? {} : { rank: l.rank }), x: at.x, y: at.y };
      }),
      offset: [origin.x, origin.y],
      markers,
      glyphs: STATE_GLYPHS,
    });
    const inView = markers.filter((m) => m.x >= 0 && m.y >= 0 && m.x <= size.x && m.y <= size.y);
    const words = stateWords(t);
    const legend: LegendItem[] = [];
    if (shard) {
      const states = new Set(inView.flatMap((m) => (m.kind === 'point' ? [m.state ?? 'unknown'] : SHOWN_STATES.filter((st) => (m.states?.[st] ?? 0) > 0))));
      for (const st of SHOWN_STATES) if (states.has(st)) legend.push({ word: `${STATE_GLYPHS[st]} ${words[st].label}`, swatch: { kind: 'mark', shape: 'square', state: st } });
    }
    const shapes = new Set(inView.flatMap((m) => (m.kind === 'point' ? [m.shape] : [])));
    for (const shape of ['pin', 'square', 'drop', 'hexagon'] as const) if (shapes.has(shape)) legend.push({ word: t(`map.shape.${shape}`), swatch: { kind: 'mark', shape } });
    if (inView.some((m) => m.kind === 'cluster')) legend.push({ word: t('press.print.cluster'), swatch: { kind: 'disc', colour: shard ? '#374151' : '#0b5cad', text: '3' } });
    return {
      figure: { width: size.x, height: size.y, svg: drawn.svg },
      legend,
      day: shard?.day ?? state.date ?? payload.asOf,
      title: shard ? t('press.print.map-title-domain', { domain: shard.domain }) : undefined,
      suffix: shard ? `-${shard.domain}` : '',
      dropped: drawn.dropped,
      // GeoNames' licence asks for its credit wherever its names are shown.
      ...(context.labels.length > 0 ? { sources: `${t('map.place-names')}: GeoNames (CC BY 4.0)` } : {}),
    };
  });

  // ---- go ------------------------------------------------------------------------------------------------------

  await nextTask();
  applyFilters();
  writeUrl();
  const firstReach = awaitingDomain ? loadAllDomains().catch(() => undefined) : loadReach();
  // The list (and a long tray's other items) once the markers are drawn and coloured by the link's domain (the next
  // task: the map is painted first); reading thousands of rows' markup before would keep the colours waiting. A
  // shard slow to come does not keep the list waiting longer than LIST_WAIT.
  let listStarted = false;
  const listOnce = () => {
    if (listStarted) return;
    listStarted = true;
    startList();
  };
  void firstReach.finally(() => setTimeout(listOnce, 0));
  setTimeout(listOnce, LIST_WAIT);
  addBasemap(map)
    .then(() => {
      container.dataset.mapState = 'ready';
    })
    .catch((err: unknown) => {
      container.dataset.mapState = 'basemap-failed';
      console.warn(String(err));
    });
}

const root = document.getElementById('atlas-view');
if (root) void start(root);
