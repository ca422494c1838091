/**
 * The language switcher keeps the view: the page's state lives in its query and fragment (the chosen domain, the
 * filters, the date: src/lib/view-state.ts), so each language link takes them along when it is followed, copied or
 * opened in a new tab. The links are plain links without this script (they then open the same page's defaults).
 */

function update(link: HTMLAnchorElement): void {
  const target = new URL(link.getAttribute('href') ?? '', window.location.href);
  target.search = window.location.search;
  target.hash = window.location.hash;
  link.href = target.href;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch] a[data-lang-link]')) {
  for (const type of ['pointerenter', 'focus', 'pointerdown', 'click', 'contextmenu'] as const) {
    link.addEventListener(type, () => update(link));
  }
}
