/**
 * The "Embed" dialog and "Download" menu of a view (`components/PressTools.astro`), written as one string with `html`
 * (src/lib/html/markup.ts), byte for byte as the component's template wrote them (Astro's `compressHTML: 'jsx'`
 * drops the template's whitespace between tags; the only spaces written are its `{' '}` and those inside a line of
 * text). The component is this function's markup (with the script that runs it, src/client/press-tools.ts), so a
 * page written as one string writes the same bar.
 */
import type { PageI18n } from '../../i18n.ts';
import type { EmbedView } from '../../lib/press/embed-snippet.ts';
import { REASON_CODES } from '../../lib/press/shard-rows.ts';
import { reasonText, shardPath } from '../../lib/map/reach-shard.ts';
import { NAMES_DATA_PATH } from '../../lib/views/paths.ts';
import { attr, html, type Markup } from '../../lib/html/markup.ts';

/** A view the bar can embed. */
export interface PressEmbed {
  /** The embed's view type (`/embed/<view>/`). */
  view: EmbedView;
  /** What the view select calls it. */
  label: string;
  /** A fixed query for the embed; without it the page's own query is used. */
  query?: string;
  /** The embedded frame's title. */
  title: string;
}

/** Props of the bar. */
export interface PressToolsProps {
  /** A unique prefix for ids. */
  id: string;
  /** The views this page can embed, with a label and a fixed query (else the page's own query is used); none: no Embed button. */
  embeds: PressEmbed[];
  /** Where the embed's query comes from when an embed has none: the page's address, or a form's values (a selector). */
  queryFrom?: string;
  /** What downloads are called (file name without extension; with `shard`, the rows' file adds the day shown: `-2023-12-31`). */
  name: string;
  /** The view's images to download as SVG and PNG, framed for print (the first is "the view"). */
  images?: PressImage[];
  /**
   * A selector for the list whose rows are downloaded (unless `shard` is given): its script builds them and gives
   * their columns (src/client/row-source.ts).
   */
  rows?: string;
  /**
   * The rows come from this domain's shard and the site-wide silence segments, for the day the page shows (its
   * `?date=`, or the day its as-of section rendered): a domain page's download.
   */
  shard?: { domain: string };
}

/** An image of the view to download. */
export interface PressImage {
  /** A selector for its element: an `<svg>` on the page, or an element whose script draws it (src/client/image-source.ts). */
  selector: string;
  /** What it shows: the printed title. */
  title: string;
  /** For an `<svg>` on the page: the legend it gets (`graph`: its edges' states; `timeline`: its lines). */
  legend?: 'graph' | 'timeline';
  /** For an `<svg>` on the page: the day it shows, the page's (default) or the atlas's latest, as a timeline drawn at build time does. */
  day?: 'latest';
  /** Added to the file's name (`-timeline`). */
  file?: string;
  /** The buttons' words, when not "SVG image of the view" and "PNG image (2×)". */
  labels?: { svg: string; png: string };
}

/** The page's words and addresses the bar needs, and the site's base (`import.meta.env.BASE_URL`). */
export type PressWords = Pick<PageI18n, 't' | 'page' | 'asset'> & { base: string };

/** The two buttons (SVG, PNG) of each image. */
function imageItems(images: readonly PressImage[], t: PageI18n['t']): Markup[] {
  return images.flatMap((image) =>
    (['svg', 'png'] as const).map(
      (kind) =>
        html`<li><button type="button"${attr('data-download', kind)}${attr('data-image-selector', image.selector)}${attr('data-image-title', image.title)}${attr('data-image-legend', image.legend)}${attr('data-image-day', image.day)}${attr('data-image-file', image.file)}>${image.labels?.[kind] ?? t(`press.download.${kind}`)}</button></li>`,
    ),
  );
}

/** The view select (several embeds) or the one embed's hidden input. */
function embedView(id: string, embeds: readonly PressEmbed[], t: PageI18n['t']): Markup {
  if (embeds.length === 1) {
    const e = embeds[0]!;
    return html`<input type="hidden" data-embed-view${attr('value', e.view)}${attr('data-query', e.query)}${attr('data-title', e.title)}>`;
  }
  const options = embeds.map((e) => html`<option${attr('value', e.view)}${attr('data-query', e.query)}${attr('data-title', e.title)}>${e.label}</option>`);
  return html`<p><label${attr('for', `${id}-embed-view`)}>${t('press.dialog.view')}</label> <select${attr('id', `${id}-embed-view`)} data-embed-view>${options}</select></p>`;
}

/** The Embed dialog: the view, the code and its copy button, the live preview. */
function embedDialog(id: string, embeds: readonly PressEmbed[], t: PageI18n['t']): Markup {
  return html`<dialog${attr('id', `${id}-embed`)} class="embed-dialog"${attr('aria-labelledby', `${id}-embed-title`)} data-embed-dialog><div class="embed-dialog-head"><h2${attr('id', `${id}-embed-title`)}>${t('press.dialog.title')}</h2><form method="dialog"><button type="submit" data-embed-close>${t('press.dialog.close')}</button></form></div><p class="note">${t('press.dialog.note')}</p>${embedView(id, embeds, t)}<p><label${attr('for', `${id}-embed-code`)}>${t('press.dialog.code')}</label></p><textarea${attr('id', `${id}-embed-code`)} rows="5" readonly spellcheck="false" data-embed-code></textarea><p><button type="button" data-embed-copy>${t('press.dialog.copy')}</button> <span role="status" aria-live="polite" data-embed-copied></span></p><h3>${t('press.dialog.preview')}</h3><iframe class="embed-preview"${attr('title', t('press.dialog.preview-title'))} data-embed-preview data-atlas-embed height="400"></iframe></dialog>`;
}

/**
 * The bar's markup: hidden until its script runs; the Embed button and dialog only with `embeds`; the Download menu
 * with two buttons per image, and CSV and JSON only with `rows` or `shard`. Every value is text or an attribute's
 * value, escaped as Astro escapes it.
 */
export function pressToolsMarkup(props: PressToolsProps, w: PressWords): Markup {
  const { id, embeds, queryFrom = 'location', name, images = [], rows, shard } = props;
  const { t, page, asset, base } = w;
  const fromShard = shard && {
    shard: asset(shardPath(shard.domain)),
    silence: asset('data/as-of.json'),
    names: asset(NAMES_DATA_PATH),
    why: JSON.stringify(Object.fromEntries(REASON_CODES.map((r) => [r, reasonText(r, t)]))),
  };
  const embedding = embeds.length > 0;
  const tables = Boolean(rows || shard);
  const open = embedding && html`<button type="button" class="press-button" data-embed-open aria-haspopup="dialog"${attr('aria-controls', `${id}-embed`)}>${t('press.embed')}</button>`;
  const csv = tables && html`<li><button type="button" data-download="csv">${t('press.download.csv')}</button></li>`;
  const json = tables && html`<li><button type="button" data-download="json">${t('press.download.json')}</button></li>`;
  return html`<div class="press-tools" data-press-tools${attr('data-base', base)}${attr('data-embed-base', page('/'))}${attr('data-copied', t('press.copied'))}${attr('data-copy-fallback', t('press.copy-fallback'))}${attr('data-preview-of', t('press.dialog.preview-of'))}${attr('data-name', name)}${attr('data-rows', rows)}${attr('data-shard', fromShard?.shard)}${attr('data-silence', fromShard?.silence)}${attr('data-names', fromShard?.names)}${attr('data-why', fromShard?.why)}${attr('data-query-from', queryFrom)} hidden>${open}<details class="download-menu" data-download-menu><summary class="press-button">${t('press.download')}</summary><ul>${imageItems(images, t)}${csv}${json}</ul></details>${embedding && embedDialog(id, embeds, t)}</div>`;
}
