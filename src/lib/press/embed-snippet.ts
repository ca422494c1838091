/**
 * The embed code a newsroom pastes: an iframe (lazy, titled for screen readers, full width, no border) and the
 * site's resize script, which sets each atlas iframe's height from the frame's own messages. Pure: the embed
 * dialog calls it in the browser with the page's origin; a unit test checks the escaping.
 */
import { decodeViewState, encodeViewState } from '../view-state.ts';

/** The embeddable views and their paths under the site's base. */
export const EMBED_VIEWS = {
  reach: 'embed/reach/',
  map: 'embed/map/',
  matrix: 'embed/matrix/',
  timeline: 'embed/timeline/',
} as const;

/** An embeddable view. */
export type EmbedView = keyof typeof EMBED_VIEWS;

/** The resize script's path under the site's base (a static file: public/embed/resize.js). */
export const RESIZE_SCRIPT_PATH = 'embed/resize.js';

/** The message type a frame posts with its height. */
export const HEIGHT_MESSAGE = 'federation-atlas:height';

/** The height message a frame posts to its host. */
export interface HeightMessage {
  /** Always `HEIGHT_MESSAGE`. */
  type: typeof HEIGHT_MESSAGE;
  /** The frame document's height in CSS pixels (a whole number). */
  height: number;
}

/** True when `data` is a well-formed height message (what the host script accepts, besides its source check). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d.type === HEIGHT_MESSAGE && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0 && d.height <= 100_000;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The query an embed carries: the view state read from `search` with `decodeViewState` (so every key it knows,
 * and new ones, flow through; anything it cannot read is dropped), written back in its canonical order.
 */
export function embedQuery(search: string): string {
  return encodeViewState(decodeViewState(search));
}

/** What the snippet is made of. */
export interface SnippetInput {
  /** The embed's absolute URL (origin, base, path and query). */
  src: string;
  /** The resize script's absolute URL. */
  script: string;
  /** The iframe's title, read by screen readers. */
  title: string;
  /** The starting height in pixels, before the frame reports its own. */
  height: number;
}

/** The HTML to paste: the iframe, then the resize script. Every value is escaped for a double-quoted attribute. */
export function embedSnippet({ src, script, title, height }: SnippetInput): string {
  const h = Math.max(100, Math.round(height));
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${h}" ` +
    `style="border:0;width:100%;max-width:100%" data-atlas-embed></iframe>\n` +
    `<script src="${attr(script)}" async></script>`
  );
}
