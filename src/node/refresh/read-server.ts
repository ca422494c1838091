/**
 * Reading one server: `/.well-known/nodeinfo`, the NodeInfo 2.x document it links to (on the same host), the
 * software it names, and that software's public list. Network steps only; what the answers mean is decided in
 * src/lib/refresh/ and src/lib/import/.
 */
import { nodeInfoHref } from '../../lib/import/nodeinfo-users.ts';
import type { Reading } from '../../lib/refresh/apply.ts';
import { classify, type Redirect } from '../../lib/refresh/outcome.ts';
import { listSource, nodeInfoSoftware } from '../../lib/refresh/software.ts';
import type { Client } from './http.ts';

/** Reads one server's NodeInfo and public list through `client`. Never throws. */
export async function readServer(domain: string, client: Client): Promise<Reading> {
  const redirects: Redirect[] = [];
  const wellKnownUrl = `https://${domain}/.well-known/nodeinfo`;
  const wellKnown = await client(wellKnownUrl);
  redirects.push(...wellKnown.redirects);
  if (!wellKnown.ok) return { ...classify(wellKnown.failure), redirects };
  const href = nodeInfoHref(wellKnown.text);
  if (!href.ok) return { kind: 'bad-answer', reason: `${wellKnown.url}: ${href.message}`, redirects };
  const target = new URL(href.url);
  if (target.hostname !== domain) {
    return { kind: 'bad-answer', reason: `${wellKnown.url} points to a NodeInfo document on another host (${href.url}): not followed`, redirects };
  }
  const doc = await client(href.url);
  redirects.push(...doc.redirects);
  if (!doc.ok) return { ...classify(doc.failure), redirects };
  const nodeinfo = { url: doc.url, text: doc.text };
  const software = nodeInfoSoftware(doc.text);
  if (!software.ok) return { kind: 'bad-answer', reason: `${doc.url}: ${software.message}`, redirects };
  const source = listSource(software.name);
  if (!source.readable) return { kind: 'no-list', reason: source.reason, nodeinfo, software: software.name, redirects };
  if (source.path === undefined) return { kind: 'read', nodeinfo, software: software.name, list: { format: source.format, url: doc.url, text: doc.text }, redirects };
  const list = await client(`https://${domain}${source.path}`);
  redirects.push(...list.redirects);
  if (!list.ok) return { ...classify(list.failure), nodeinfo, software: software.name, redirects };
  return { kind: 'read', nodeinfo, software: software.name, list: { format: source.format, url: list.url, text: list.text }, redirects };
}
