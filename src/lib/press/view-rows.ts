/**
 * The rows a view offers for download (CSV and JSON of exactly the rows on show): each table row carries its
 * record in a `data-export` attribute built here, and the browser collects the rows that are not hidden
 * (src/client/download.ts). One record a row, one column list a view, so the file and the table agree. A domain
 * page's rows are built from its shard instead, for the day shown (shard-rows.ts), and the map's list from the map's
 * data (map-rows.ts).
 */

/**
 * The columns of the matrix download: the community, its list status, then one column a domain. A row's record holds
 * the first two; the browser reads each domain's state from the row's cells (`data-export-cells` on the table names
 * their columns, `cell-<state>` classes their values), so the page does not carry every state twice.
 */
export function matrixExportColumns(domains: readonly string[]): string[] {
  return ['community', 'list', ...domains];
}
