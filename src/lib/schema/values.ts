/**
 * The schema's closed lists of values, without zod, so browser code can use them without bundling the
 * schema library. `server.ts` re-exports them; use either.
 */

/** What a community is organised around. A server may have several; the first is the primary. */
export const FOCUSES = ['place', 'language', 'diaspora', 'topic', 'general'] as const;

/** What the area a community serves is: also picks the marker's shape on the map. */
export const SCALES = ['facility', 'city', 'region', 'nation', 'multinational', 'language'] as const;

/** Server software the atlas knows; `other` for the rest. */
export const SOFTWARE = [
  'mastodon', 'glitch-soc', 'hometown', 'pleroma', 'akkoma', 'misskey', 'sharkey', 'firefish', 'iceshrimp',
  'gotosocial', 'lemmy', 'mbin', 'kbin', 'pixelfed', 'peertube', 'friendica', 'hubzilla', 'bookwyrm',
  'mobilizon', 'writefreely', 'snac', 'takahe', 'other',
] as const;

/** How much of a server's block list the atlas knows. Decides what "reach" may claim. */
export const LIST_STATUSES = ['published', 'partial', 'unknown'] as const;
