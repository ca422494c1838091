/**
 * Inside an embed, first of its scripts (in the head): whether its address asks for the full table (`&table=1`),
 * kept on the document (`data-embed-table-asked`) before any other script rewrites the address (the map's writes
 * its view state, which has no such key). Read by `embedWantsTable` (view-url.ts).
 */
if (new URLSearchParams(location.search).get('table') === '1') document.documentElement.dataset.embedTableAsked = '';
