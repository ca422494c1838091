/** Absolute URLs of the site's own pages, for feeds, citations, embeds and Open Graph tags. */
import { withBase } from '../url.ts';

/** The fallback origin when the build names none (Astro's `site` unset). */
export const DEFAULT_ORIGIN = 'http://localhost:4321';

/** The absolute URL of an internal `path` under `base` on `site` (Astro's `site`, a URL or undefined). */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site ?? DEFAULT_ORIGIN).href;
}

/** The path of a domain's feed under the site's root. */
export function domainFeedPath(domain: string): string {
  return `feeds/domains/${domain}.xml`;
}

/** The path of a domain's Open Graph image. */
export function domainOgPath(domain: string): string {
  return `og/domains/${domain}.png`;
}

/** The path of a server's Open Graph image. */
export function serverOgPath(domain: string): string {
  return `og/servers/${domain}.png`;
}
