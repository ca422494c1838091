/*
 * Federation Atlas: responsive embeds. Load this once on a page that embeds atlas views:
 *
 *   <iframe src="https://ATLAS/embed/reach/?domain=threads.net" title="…" loading="lazy" width="100%" height="500"
 *           style="border:0;width:100%" data-atlas-embed></iframe>
 *   <script src="https://ATLAS/embed/resize.js" async></script>
 *
 * Each atlas frame posts { type: "federation-atlas:height", height } when its content's height changes. This script
 * sets the height of the one iframe (marked data-atlas-embed) whose window sent the message, and only when the
 * message's origin is that iframe's own origin: a message from any other window or frame resizes nothing.
 * The same check Datawrapper's responsive embeds make (event.source === iframe.contentWindow).
 * Plain ES5, no dependencies, no requests; safe to load more than once. MIT licence, like the atlas's code.
 */
(function () {
  'use strict';
  if (window.federationAtlasResize) return;
  window.federationAtlasResize = true;

  var TYPE = 'federation-atlas:height';
  var MAX = 100000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX) return;
    var frames = document.querySelectorAll('iframe[data-atlas-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      var px = Math.ceil(height);
      frame.style.height = px + 'px';
      frame.setAttribute('height', String(px));
      return;
    }
  });
})();
