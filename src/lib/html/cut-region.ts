/**
 * A region of a page's markup cut out of its text: from where `start` first occurs, through each of `ends` found in
 * turn after it, to the end of the last (`<ul class="tray"` … `</ul>`; `<div class="table-scroll"` … `</table>` …
 * `</div>`). Undefined when the start or any end is missing. For the site's own pages, as its build wrote them
 * (the map reads its list and its tray from their pages so); the caller parses the cut in an inert template.
 */
export function cutRegion(html: string, start: string, ends: readonly string[]): string | undefined {
  const from = html.indexOf(start);
  if (from < 0) return undefined;
  let at = from;
  let end = '';
  for (const marker of ends) {
    at = html.indexOf(marker, at + end.length);
    if (at < 0) return undefined;
    end = marker;
  }
  return html.slice(from, at + end.length);
}
