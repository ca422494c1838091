/**
 * Who published a piece of evidence, read from its URL, so a link is named by its source rather than by the host
 * that serves it: a file in the Oliphant archive is "Oliphant archive, snapshot of <day>", a file of Fediverse Near
 * Me is "Fediverse Near Me", anything else its host in Unicode ("mastodon.help", "blogs.toot.wales").
 */
import { toUnicode } from '../domain.ts';

/** The source of an evidence URL. */
export type EvidenceSource =
  /** A file of the Oliphant archive (github.com/sgrigson/oliphant) at one commit: a dated snapshot. */
  | { kind: 'oliphant' }
  /** A file of Fediverse Near Me (github.com/jazmichaelking/mastodon-near-me). */
  | { kind: 'near-me' }
  /** Any other page: named by its host, in Unicode. */
  | { kind: 'host'; host: string };

const REPOSITORIES: readonly { path: string; kind: 'oliphant' | 'near-me' }[] = [
  { path: '/sgrigson/oliphant/', kind: 'oliphant' },
  { path: '/jazmichaelking/mastodon-near-me/', kind: 'near-me' },
];

/** The source of `url`; a URL that does not parse is its own host (the text as written). */
export function evidenceSource(url: string): EvidenceSource {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'host', host: url };
  }
  const host = u.hostname.toLowerCase();
  if (host === 'github.com' || host === 'raw.githubusercontent.com') {
    const path = `${u.pathname.toLowerCase()}/`;
    const repo = REPOSITORIES.find((r) => path.startsWith(r.path));
    if (repo) return { kind: repo.kind };
  }
  return { kind: 'host', host: toUnicode(u.host) };
}
