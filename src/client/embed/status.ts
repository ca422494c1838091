/** Inside an embed: its status line (what failed, what is shown), and marking the embed ready once drawn. */
import { embedRoot } from './view-url.ts';

const status = document.querySelector<HTMLElement>('[data-embed-status]');

/** Writes the embed's status line. */
export function say(text: string): void {
  if (status) status.textContent = text;
}

/** Marks the embed drawn (`data-embed-ready`), for readers of the page and for tests. */
export function ready(): void {
  embedRoot?.setAttribute('data-embed-ready', '');
}

/** Makes every link in `root` open in the host's window (the embed is framed). */
export function linksToTop(root: ParentNode): void {
  for (const a of root.querySelectorAll('a[href]')) a.setAttribute('target', '_top');
}
