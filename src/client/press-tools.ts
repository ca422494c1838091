/**
 * The "Embed" dialog and the "Download" menu (src/components/PressTools.astro). See src/client/download.ts for
 * how the files are made. Text goes in through `value` and `textContent` only.
 */
import { EMBED_VIEWS, embedQuery, embedSnippet, RESIZE_SCRIPT_PATH, type EmbedView } from '../lib/press/embed-snippet.ts';
import { embedQueryWithDate } from '../lib/press/embed-date.ts';
import { withBase } from '../lib/url.ts';
import { downloadBuiltRows, downloadShardRows, type ShardSource } from './download.ts';
import { downloadFigure } from './figure-image.ts';
import { rowSourceOf } from './row-source.ts';

let resizeLoaded = false;
/** Loads the site's own resize script once, so the preview sizes itself as on a host page. */
function loadResizeScript(base: string): void {
  if (resizeLoaded) return;
  resizeLoaded = true;
  const script = document.createElement('script');
  script.src = withBase(base, RESIZE_SCRIPT_PATH);
  script.async = true;
  document.head.appendChild(script);
}

function queryOf(from: string): string {
  if (from === 'location') return embedQuery(location.search);
  const form = document.querySelector<HTMLFormElement>(from);
  if (!form) return '';
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v !== '') params.set(k, v);
  return embedQuery(params.toString());
}

/** A domain page's source of rows, from the bar's `data-shard`, `data-silence`, `data-names` and `data-why`. */
function shardSource(root: HTMLElement): ShardSource {
  let why: ShardSource['why'] = {};
  try {
    const value: unknown = JSON.parse(root.dataset.why ?? '{}');
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) why = value as ShardSource['why'];
  } catch {
    why = {};
  }
  return { shard: root.dataset.shard!, silence: root.dataset.silence ?? '', names: root.dataset.names ?? '', why };
}

for (const root of document.querySelectorAll<HTMLElement>('[data-press-tools]')) {
  const base = root.dataset.base ?? '/';
  /** Where the page's language's embeds live: "/cy/" on a Welsh page, so a Welsh page offers the Welsh embed. */
  const embedBase = root.dataset.embedBase ?? base;
  const dialog = root.querySelector<HTMLDialogElement>('[data-embed-dialog]');
  const opener = root.querySelector<HTMLButtonElement>('[data-embed-open]');
  const viewInput = root.querySelector<HTMLSelectElement | HTMLInputElement>('[data-embed-view]');
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  const copy = root.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const copied = root.querySelector<HTMLElement>('[data-embed-copied]');
  const preview = root.querySelector<HTMLIFrameElement>('[data-embed-preview]');

  const current = () => {
    const el = viewInput instanceof HTMLSelectElement ? viewInput.selectedOptions[0] : viewInput;
    const view = (viewInput?.value ?? 'reach') as EmbedView;
    const query = embedQueryWithDate(el?.dataset.query ?? queryOf(root.dataset.queryFrom ?? 'location'), location.search);
    const path = withBase(embedBase, `${EMBED_VIEWS[view]}${query ? `?${query}` : ''}`);
    return { src: new URL(path, location.origin).href, path, title: el?.dataset.title ?? 'Federation Atlas' };
  };
  const update = () => {
    const { src, path, title } = current();
    if (code) code.value = embedSnippet({ src, script: new URL(withBase(base, RESIZE_SCRIPT_PATH), location.origin).href, title, height: 500 });
    if (preview && preview.getAttribute('src') !== path) {
      preview.title = (root.dataset.previewOf ?? '{title}').replace('{title}', title);
      preview.src = path;
    }
    if (copied) copied.textContent = '';
  };

  opener?.addEventListener('click', () => {
    if (!dialog) return;
    loadResizeScript(base);
    update();
    dialog.showModal();
    code?.focus();
    code?.select();
  });
  dialog?.addEventListener('close', () => opener?.focus());
  // A click or tap outside the dialog lands on its backdrop, whose target is the dialog itself: close it then.
  dialog?.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
  viewInput?.addEventListener('change', update);
  copy?.addEventListener('click', async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code.value);
      if (copied) copied.textContent = root.dataset.copied ?? '';
    } catch {
      code.focus();
      code.select();
      if (copied) copied.textContent = root.dataset.copyFallback ?? '';
    }
  });

  const name = root.dataset.name ?? 'federation-atlas';
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    button.addEventListener('click', async () => {
      const kind = button.dataset.download;
      if ((kind === 'csv' || kind === 'json') && root.dataset.shard) {
        await downloadShardRows(shardSource(root), name, kind);
      } else if (kind === 'csv' || kind === 'json') {
        const container = root.dataset.rows ? document.querySelector(root.dataset.rows) : null;
        const source = container ? rowSourceOf(container) : undefined;
        if (source) await downloadBuiltRows(source, name, kind);
      } else if ((kind === 'svg' || kind === 'png') && button.dataset.imageSelector) {
        const { imageSelector: selector, imageTitle: title = '', imageLegend: legend, imageDay: day, imageFile: file = '' } = button.dataset;
        await downloadFigure({ selector, title, legend, day }, `${name}${file}`, kind);
      }
      root.querySelector<HTMLDetailsElement>('[data-download-menu]')?.removeAttribute('open');
    });
  }
  root.hidden = false;
}
