/**
 * Open Graph cards (1200×630) as SVG text, for a domain's page and a server's page: large type, the counts in
 * words and glyphs (colour is never the only signal), the data's date and the site's name. System fonts only
 * (the rasteriser has no network). Pure and deterministic: the same inputs give the same SVG, whose hash keys the
 * build's PNG cache (src/node/og-cache.ts), so the hash covers exactly what is drawn.
 */
import { xmlEscape } from './xml.ts';

/** The card's size in pixels, as Open Graph recommends. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The font stack drawn with (installed system fonts; the first found is used). */
export const OG_FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

const COLOURS = { suspends: '#b91c1c', limits: '#b45309', reaches: '#15803d', unknown: '#4b5563' } as const;
const LABELS = { suspends: '✕ Suspend', limits: '− Limit', reaches: '✓ Reach', unknown: '? Unknown' } as const;
type Counted = keyof typeof COLOURS;

/** A domain card's inputs. */
export interface DomainCard {
  /** The domain. */
  domain: string;
  /** How many curated communities are in each state towards it. */
  counts: Record<Counted, number>;
  /** The data's date, "YYYY-MM-DD". */
  day: string;
}

/** A server card's inputs. */
export interface ServerCard {
  /** The server's domain. */
  domain: string;
  /** Its name. */
  name: string;
  /** Its area in words, when it has one. */
  area?: string;
  /** Its languages, as words ("Welsh, English"). */
  languages: string;
  /** Its block list's status, in words. */
  list: string;
  /** How many decisions it holds. */
  decisions: number;
  /** How many curated communities suspend or limit it now. */
  actedOnBy: number;
  /** The data's date. */
  day: string;
}

/** Shortens text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A font size that fits `text` in `width` pixels (a rough average glyph width of 0.6 em), between `min` and `max`. */
export function fitFont(text: string, width: number, max: number, min: number): number {
  const n = Math.max(1, [...text].length);
  return Math.max(min, Math.min(max, Math.floor(width / (n * 0.6))));
}

function frame(body: string, title: string): string {
  const { width, height } = OG_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${OG_FONT}">`,
    `<title>${xmlEscape(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fbfaf7"/>`,
    `<rect width="${width}" height="12" fill="#1f3a5f"/>`,
    body,
    '</svg>',
  ].join('\n');
}

function footer(day: string): string {
  return `<text x="60" y="585" font-size="28" fill="#1f3a5f" font-weight="bold">Federation Atlas</text><text x="1140" y="585" font-size="26" fill="#4b5563" text-anchor="end">data as of ${xmlEscape(day)}</text>`;
}

/** The card of a domain: its name, then one box a state with the count, glyph and word, and a bar of the shares. */
export function domainCardSvg({ domain, counts, day }: DomainCard): string {
  const name = clip(domain, 60);
  const size = fitFont(name, 1080, 76, 30);
  const states: Counted[] = ['suspends', 'limits', 'reaches', 'unknown'];
  const total = states.reduce((s, k) => s + counts[k], 0);
  const boxes = states
    .map((s, i) => {
      const x = 60 + i * 275;
      return (
        `<rect x="${x}" y="250" width="255" height="170" rx="14" fill="#ffffff" stroke="${COLOURS[s]}" stroke-width="4"/>` +
        `<text x="${x + 24}" y="345" font-size="72" font-weight="bold" fill="${COLOURS[s]}">${counts[s]}</text>` +
        `<text x="${x + 24}" y="395" font-size="30" fill="#1f2328">${LABELS[s]}</text>`
      );
    })
    .join('\n');
  let x = 60;
  const bar = states
    .map((s) => {
      const w = total > 0 ? Math.round((counts[s] / total) * 1080 * 10) / 10 : 0;
      const r = w > 0 ? `<rect x="${x}" y="455" width="${w}" height="28" fill="${COLOURS[s]}"/>` : '';
      x = Math.round((x + w) * 10) / 10;
      return r;
    })
    .join('');
  return frame(
    [
      `<text x="60" y="${100 + size * 0.6}" font-size="${size}" font-weight="bold" fill="#1f2328">${xmlEscape(name)}</text>`,
      `<text x="60" y="215" font-size="32" fill="#4b5563">Curated fediverse communities that suspend, limit or reach it</text>`,
      boxes,
      total > 0 ? `<rect x="60" y="455" width="1080" height="28" fill="#eceae6"/>${bar}` : '',
      footer(day),
    ].join('\n'),
    `${domain}: who suspends, limits or reaches it`,
  );
}

/** The card of a server: its name and domain, area and languages, its list, and who acts on it. */
export function serverCardSvg(card: ServerCard): string {
  const name = clip(card.name, 48);
  const size = fitFont(name, 1080, 80, 34);
  const lines = [
    card.area ? `Area: ${clip(card.area, 60)}` : 'No fixed place',
    `Languages: ${clip(card.languages, 56)}`,
    `Block list: ${card.list} · ${card.decisions} ${card.decisions === 1 ? 'decision' : 'decisions'}`,
    `Suspended or limited by ${card.actedOnBy} curated ${card.actedOnBy === 1 ? 'community' : 'communities'}`,
  ];
  return frame(
    [
      `<text x="60" y="${100 + size * 0.6}" font-size="${size}" font-weight="bold" fill="#1f2328">${xmlEscape(name)}</text>`,
      `<text x="60" y="220" font-size="40" fill="#1f3a5f">${xmlEscape(clip(card.domain, 50))}</text>`,
      ...lines.map((l, i) => `<text x="60" y="${310 + i * 58}" font-size="34" fill="#1f2328">${xmlEscape(l)}</text>`),
      footer(card.day),
    ].join('\n'),
    `${card.name} (${card.domain})`,
  );
}

/** The site's own card's inputs. */
export interface AtlasCard {
  /** Curated servers. */
  servers: number;
  /** Decisions in all. */
  decisions: number;
  /** Domains acted on. */
  domains: number;
  /** The data's date. */
  day: string;
}

/** The site's card: what the atlas is and how much it holds. */
export function atlasCardSvg({ servers, decisions, domains, day }: AtlasCard): string {
  return frame(
    [
      '<text x="60" y="150" font-size="76" font-weight="bold" fill="#1f2328">Federation Atlas</text>',
      '<text x="60" y="225" font-size="34" fill="#4b5563">Community and language servers of the fediverse,</text>',
      '<text x="60" y="270" font-size="34" fill="#4b5563">and the borders they draw</text>',
      `<text x="60" y="380" font-size="40" fill="#1f2328">${servers} curated servers · ${decisions} decisions · ${domains} domains acted on</text>`,
      '<text x="60" y="440" font-size="30" fill="#4b5563">Every fact cites a public source and the day it was read.</text>',
      footer(day),
    ].join('\n'),
    'Federation Atlas',
  );
}
