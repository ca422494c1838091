/**
 * Synthetic datasets for the benchmark (`npm run bench`): N servers and M decisions, seeded, heavy-tailed as the
 * real block lists are (a few domains acted on by thousands of servers, most by one or two; a few servers publish
 * lists of thousands of entries, most publish none). Every file says it is synthetic; every domain, URL and place
 * is made up under `.fixture`, a top-level name that is not in the DNS root, so nothing here can be taken for a fact (not under the reserved `.example`: the atlas leaves reserved names out of its counts).
 *
 * Pure: the same options give the same files, byte for byte. The CLI (tools/bench/generate.ts) writes them to a
 * temporary folder, never into data/.
 */
import { seededRandom } from '../../src/lib/graph/random.ts';

/** What to generate. */
export interface DatasetOptions {
  /** How many servers (files). */
  servers: number;
  /** How many decisions in all, shared among the servers whose lists are known. */
  decisions: number;
  /** The seed: the same seed gives the same dataset. */
  seed: number;
  /** The day the lists were read, "YYYY-MM-DD" (no clock in lib/). */
  retrieved: string;
}

/** One generated server file. */
export interface DatasetFile {
  /** The file name, `<domain>.yaml`. */
  name: string;
  /** The server's domain. */
  domain: string;
  /** The YAML text. */
  text: string;
  /** How many decisions the file holds. */
  decisions: number;
}

/** A language with a relative weight (roughly the fediverse's language shares) and where its communities sit. */
interface LanguagePlace {
  /** BCP 47 tag. */
  tag: string;
  /** Relative weight. */
  weight: number;
  /** Places its communities serve: label, ISO 3166 code, latitude, longitude (country or city centres). */
  places: readonly (readonly [string, string, number, number])[];
}

/** Languages and places, weighted roughly as on the fediverse (English first, then Japanese and German, a long tail). */
const LANGUAGES: readonly LanguagePlace[] = [
  { tag: 'en', weight: 40, places: [['United States', 'US', 39.8, -98.6], ['United Kingdom', 'GB', 54.0, -2.0], ['Canada', 'CA', 56.1, -106.3], ['Australia', 'AU', -25.3, 133.8], ['Ireland', 'IE', 53.4, -8.2], ['New Zealand', 'NZ', -41.3, 174.8]] },
  { tag: 'ja', weight: 14, places: [['Japan', 'JP', 36.2, 138.3], ['Tokyo', 'JP', 35.68, 139.69], ['Osaka', 'JP', 34.69, 135.5]] },
  { tag: 'de', weight: 12, places: [['Germany', 'DE', 51.2, 10.4], ['Berlin', 'DE', 52.52, 13.4], ['Austria', 'AT', 47.5, 14.6], ['Switzerland', 'CH', 46.8, 8.2]] },
  { tag: 'fr', weight: 7, places: [['France', 'FR', 46.2, 2.2], ['Paris', 'FR', 48.86, 2.35], ['Québec', 'CA', 52.9, -73.5], ['Belgium', 'BE', 50.5, 4.5]] },
  { tag: 'es', weight: 5, places: [['Spain', 'ES', 40.5, -3.7], ['Mexico', 'MX', 23.6, -102.6], ['Argentina', 'AR', -38.4, -63.6], ['Chile', 'CL', -35.7, -71.5]] },
  { tag: 'pt-BR', weight: 4, places: [['Brazil', 'BR', -14.2, -51.9], ['São Paulo', 'BR', -23.55, -46.63]] },
  { tag: 'nl', weight: 3, places: [['Netherlands', 'NL', 52.1, 5.3], ['Amsterdam', 'NL', 52.37, 4.9]] },
  { tag: 'it', weight: 2, places: [['Italy', 'IT', 41.9, 12.6], ['Milan', 'IT', 45.46, 9.19]] },
  { tag: 'pl', weight: 2, places: [['Poland', 'PL', 51.9, 19.1], ['Warsaw', 'PL', 52.23, 21.01]] },
  { tag: 'ko', weight: 2, places: [['South Korea', 'KR', 35.9, 127.8]] },
  { tag: 'zh', weight: 2, places: [['Taiwan', 'TW', 23.7, 121.0], ['Hong Kong', 'HK', 22.3, 114.2]] },
  { tag: 'ca', weight: 1, places: [['Catalonia', 'ES-CT', 41.6, 1.5]] },
  { tag: 'eu', weight: 1, places: [['Basque Country', 'ES-PV', 43.0, -2.6]] },
  { tag: 'cy', weight: 1, places: [['Wales', 'GB-WLS', 52.3, -3.7]] },
  { tag: 'fi', weight: 1, places: [['Finland', 'FI', 61.9, 25.7]] },
  { tag: 'sv', weight: 1, places: [['Sweden', 'SE', 60.1, 18.6]] },
  { tag: 'uk', weight: 1, places: [['Ukraine', 'UA', 48.4, 31.2]] },
  { tag: 'tr', weight: 1, places: [['Türkiye', 'TR', 39.0, 35.2]] },
  { tag: 'id', weight: 1, places: [['Indonesia', 'ID', -0.8, 113.9]] },
  { tag: 'eo', weight: 1, places: [] },
];

/** Software, weighted roughly as on the fediverse. */
const SOFTWARE: readonly (readonly [string, number])[] = [
  ['mastodon', 60], ['misskey', 10], ['pleroma', 5], ['akkoma', 4], ['gotosocial', 4], ['lemmy', 4], ['sharkey', 3],
  ['glitch-soc', 2], ['hometown', 2], ['pixelfed', 2], ['friendica', 1], ['mbin', 1], ['peertube', 1], ['snac', 1],
];

/** Scale of a place entry: a city label when it is not a country. */
const CITY_LABELS = new Set(['Tokyo', 'Osaka', 'Berlin', 'Paris', 'São Paulo', 'Amsterdam', 'Milan', 'Warsaw']);

const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAY_MS = 86_400_000;

/** Picks an index from cumulative weights. */
function pickWeighted(cumulative: readonly number[], r: number): number {
  const x = r * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Cumulative sums of `weights`. */
function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/** The `i`th server's synthetic domain, zero-padded so that file order is index order. */
export function serverDomain(i: number): string {
  return `s${String(i).padStart(5, '0')}.bench.fixture`;
}

/** The `i`th acted-on domain that is not one of the servers. */
export function targetDomain(i: number): string {
  return `t${String(i).padStart(6, '0')}.target.fixture`;
}

/**
 * How many decisions each server holds: a Pareto-like share (exponent ~1.2) for the servers whose lists are known,
 * scaled to sum exactly to `total`, each capped at `cap`; the rest hold none.
 *
 * @returns one count per server, in server order.
 */
export function listSizes(servers: number, total: number, known: number, cap: number, random: () => number): number[] {
  const sizes = new Array<number>(servers).fill(0);
  if (known === 0 || total === 0) return sizes;
  const weights = Array.from({ length: known }, () => Math.pow(1 - random(), -1 / 1.2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const stride = servers / known;
  let given = 0;
  const order: number[] = [];
  for (let k = 0; k < known; k++) {
    const i = Math.min(servers - 1, Math.floor(k * stride));
    const n = Math.min(cap, Math.floor((weights[k]! / sum) * total));
    sizes[i] = n;
    given += n;
    order.push(i);
  }
  // Hand out what rounding and the cap left, one at a time, round the known lists.
  for (let k = 0; given < total && k < order.length * cap; k++) {
    const i = order[k % order.length]!;
    if (sizes[i]! < cap) {
      sizes[i]!++;
      given++;
    }
  }
  return sizes;
}

/** A Zipf sampler over `n` ranks (exponent `s`), by inverse transform over cumulative weights. */
export function zipfSampler(n: number, s: number): (r: number) => number {
  const cumulative = cumulate(Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, s)));
  return (r) => pickWeighted(cumulative, r);
}

/** `YYYY-MM-DD` of a UTC day number since FIRST_DAY. */
function day(offset: number): string {
  return new Date(FIRST_DAY + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Quotes a string for YAML (double-quoted, JSON escaping is valid YAML). */
function q(text: string): string {
  return JSON.stringify(text);
}

/**
 * The dataset, one file at a time (a generator, so a million decisions never sit in memory at once as text).
 * Files come in domain order.
 */
export function* generateDataset(options: DatasetOptions): Generator<DatasetFile> {
  const { servers, decisions, seed, retrieved } = options;
  const random = seededRandom(seed * 7919 + 17);
  const languageCumulative = cumulate(LANGUAGES.map((l) => l.weight));
  const softwareCumulative = cumulate(SOFTWARE.map(([, w]) => w));
  // About one server in thirty publishes its list (the fediverse at scale: ~1,000 lists among ~30,000 servers), one in ten is
  // partial (a few decisions from announcements), the rest unknown. At least one list is published.
  // The domains acted on: the servers themselves and a pool of others, ranked for a heavy tail (rank 0 acted on by
  // nearly every list, most ranks by one or two). Ranks interleave servers and other domains.
  // The fediverse has tens of thousands of domains, not millions: at most 60,000 other than the servers.
  const pool = Math.max(servers * 2, Math.min(decisions, 60_000), 100);
  const cap = Math.min(pool >> 1, 10_000);
  // More lists when the decisions could not fit in one list per thirty servers at the cap.
  const published = Math.min(servers, Math.max(1, Math.round(servers / 30), Math.ceil((2 * decisions) / cap)));
  const partial = Math.min(servers - published, Math.round(servers / 10));
  const zipf = zipfSampler(pool, 1.05);
  const rankDomain = (rank: number): string => (rank % 4 === 3 && (rank >> 2) < servers ? serverDomain(rank >> 2) : targetDomain(rank));
  // Partial lists: one to five decisions each (from announcements), at most a tenth of all decisions.
  const partialSizes: number[] = [];
  let partialLeft = Math.floor(decisions / 10);
  for (let k = 0; k < partial && partialLeft > 0; k++) {
    const n = Math.min(partialLeft, 1 + Math.floor(random() * 5));
    partialSizes.push(n);
    partialLeft -= n;
  }
  const partialTotal = partialSizes.reduce((a, b) => a + b, 0);
  const sizes = listSizes(servers, decisions - partialTotal, published, cap, random);
  const lastDay = Math.floor((Date.parse(`${retrieved}T00:00:00Z`) - FIRST_DAY) / DAY_MS);
  // Spread the partial lists evenly over servers without a published list.
  const partialEvery = partial > 0 ? Math.max(1, Math.floor((servers - published) / partial)) : Infinity;
  let partialSeen = 0;
  let partialNext = 0;
  for (let i = 0; i < servers; i++) {
    const domain = serverDomain(i);
    const lang = LANGUAGES[pickWeighted(languageCumulative, random())]!;
    const software = SOFTWARE[pickWeighted(softwareCumulative, random())]![0];
    const hasList = sizes[i]! > 0;
    const place = lang.places.length > 0 && random() < 0.85 ? lang.places[Math.floor(random() * lang.places.length)]! : undefined;
    let status: 'published' | 'partial' | 'unknown' = hasList ? 'published' : 'unknown';
    let count = sizes[i]!;
    if (!hasList && partialNext < partialSizes.length && ++partialSeen % partialEvery === 0) {
      status = 'partial';
      count = partialSizes[partialNext++]!;
    }
    const focus = place ? 'place' : 'language';
    const lines: string[] = [
      '# SYNTHETIC benchmark data made by tools/bench/dataset.ts: not a real server, not a fact.',
      `domain: ${domain}`,
      `name: ${q(`Synthetic server ${i}`)}`,
      `focus: [${focus}]`,
      `languages: [${lang.tag}]`,
    ];
    if (place) {
      const [label, iso, lat, lon] = place;
      const jitter = (): number => Math.round((random() - 0.5) * 200) / 100;
      const scale = CITY_LABELS.has(label) ? 'city' : iso.includes('-') ? 'region' : 'nation';
      lines.push('area:', `  label: ${q(label)}`, `  scale: ${scale}`, `  iso3166: [${iso}]`, `  lat: ${(lat + jitter()).toFixed(2)}`, `  lon: ${(lon + jitter()).toFixed(2)}`);
    }
    lines.push(
      `software: ${software}`,
      'links:',
      `  home: https://${domain}`,
      'sources:',
      `  - url: https://${domain}/about`,
      `    retrieved: ${retrieved}`,
      '    kind: about-page',
      `    covers: [name, focus, languages${place ? ', area' : ''}, software]`,
      '    note: "Synthetic benchmark data."',
      'blocklist:',
      `  status: ${status}`,
    );
    if (status === 'published') {
      lines.push('  evidence:', `    url: https://${domain}/api/v1/instance/domain_blocks`, `    retrieved: ${retrieved}`, '    kind: block-list');
    } else if (status === 'partial') {
      lines.push('  note: "Synthetic: some decisions known from announcements."');
    }
    // Pick `count` distinct targets from the heavy-tailed ranks (never the server itself), sort them by domain.
    const chosen = new Set<string>();
    let tries = 0;
    while (chosen.size < count && tries < count * 50) {
      tries++;
      const target = rankDomain(zipf(random()));
      if (target !== domain) chosen.add(target);
    }
    // A heavy tail can run short of distinct ranks for very long lists: fill from the other (rarely acted on) domains.
    for (let k = 0; chosen.size < count; k++) {
      const target = targetDomain(pool + ((i * 7_919 + k) % (pool * 4)));
      chosen.add(target);
    }
    const targets = [...chosen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (targets.length > 0) lines.push('blocks:');
    for (const target of targets) {
      const severity = random() < 0.7 ? 'suspend' : 'silence';
      const since = day(Math.floor(random() * Math.max(1, lastDay - 30)));
      lines.push(`  - domain: ${target}`, `    severity: ${severity}`, `    since: ${since}`);
      if (status === 'partial') {
        lines.push('    evidence:', `      url: https://${domain}/announcements/${target}`, `      retrieved: ${retrieved}`, '      kind: announcement');
      }
    }
    yield { name: `${domain}.yaml`, domain, text: `${lines.join('\n')}\n`, decisions: targets.length };
  }
}
