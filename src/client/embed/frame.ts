/**
 * Inside an embed: points the credit's links at the same view on the full site, and posts the frame's height to
 * the host page whenever it changes ({ type: "federation-atlas:height", height }), observed with ResizeObserver.
 * The host's resize script (public/embed/resize.js) accepts it only from the iframe whose window sent it.
 */
import { HEIGHT_MESSAGE, type HeightMessage } from '../../lib/press/embed-snippet.ts';
import { embedRoot, fullViewUrl } from './view-url.ts';

if (embedRoot) {
  const root = embedRoot;
  const href = fullViewUrl();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-full-link]')) a.href = href;

  let last = -1;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // Only a height is sent: no secret, so any host may read it (the host checks who sent it).
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(root);
  window.addEventListener('load', post);
  post();
}
