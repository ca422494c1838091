/** Test helpers for the map's pure modules: small synthetic servers (every domain ends in .example). */
import { Server, type ServerInput } from '../../../src/lib/schema/server.ts';
import { toMapServer, type MapServer } from '../../../src/lib/map/map-data.ts';

/** A valid server, parsed with the shared schema, with the given fields changed. */
export function server(domain: string, changes: Partial<ServerInput> = {}): Server {
  return Server.parse({
    domain,
    name: domain,
    focus: ['place'],
    languages: ['en'],
    area: { label: 'Somewhere', scale: 'city', iso3166: ['GB-WLS'], lat: 51.48, lon: -3.18 },
    software: 'mastodon',
    links: { home: `https://${domain}` },
    sources: [{ url: `https://directory.example/${domain}`, retrieved: '2026-01-02', covers: ['name', 'focus', 'languages', 'area', 'software'] }],
    blocklist: { status: 'unknown' },
    ...changes,
  });
}

/** The map's record of such a server. */
export function mapServer(domain: string, changes: Partial<ServerInput> = {}): MapServer {
  return toMapServer(server(domain, changes));
}
