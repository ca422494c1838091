/**
 * `/data/matrix.json`: the matrix as built (communities × the most acted-on domains, each community's list status,
 * languages and regions, one letter a cell: src/lib/press/matrix-rows.ts `MatrixData`), the same data /graph/matrix/
 * embeds in its table: the rows it lists, and the communities folded into its summary row, counted. The matrix embed draws from it, with `/data/matrix-as-of.json` for any other day.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../atlas.ts';
import { matrixData } from '../../lib/press/matrix-rows.ts';

export const GET: APIRoute = async () => {
  const { views, silence } = await loadAtlas();
  const { matrix, folded } = views.matrixShown(silence);
  const data = matrixData(matrix, (c) => {
    const server = views.server(c)!;
    return { list: server.blocklist.status, languages: server.languages, regions: server.area?.iso3166 ?? [] };
  }, folded);
  return new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
