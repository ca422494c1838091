/** Evidence: where a fact was read, and when. Every fact in data/ carries one. */
import { z } from 'zod';
import { choice, DayText, freeText, UrlText } from './primitives.ts';

/** The facts about a server that its `sources` must cover (see the `evidence-coverage` rule). */
export const SERVER_FACTS = ['name', 'focus', 'languages', 'area', 'software'] as const;

/** One fact about a server that a source supports. */
export type ServerFact = (typeof SERVER_FACTS)[number];

/** What kind of public source a piece of evidence is. */
export const EVIDENCE_KINDS = ['announcement', 'block-list', 'archive', 'about-page', 'directory', 'api', 'observation', 'other'] as const;

/** A source for a federation decision: a public URL and the day it was read. */
export const Evidence = z
  .strictObject({
    url: UrlText.describe('Public https:// URL of the source: an announcement, the server\'s published list, an archived snapshot.'),
    retrieved: DayText.describe('The day the source was read by the curator (or the archive snapshot\'s day), "YYYY-MM-DD".'),
    kind: choice(EVIDENCE_KINDS, 'What the source is: announcement (a post or blog by the admins), block-list (the server\'s own published list), archive (a dated archived copy), about-page, directory, api, observation (a third party\'s dated check of the server\'s own list, e.g. a status page), other.').optional(),
    note: freeText(500, 'A curator\'s note on the source: how sure it is, what exactly it says.').optional(),
  })
  .describe('Where a fact was read: a public https:// URL and the day it was read.');

/** A source for facts about a server, naming which facts it supports. */
export const Source = Evidence.extend({
  covers: z
    .array(choice(SERVER_FACTS, 'A fact this source supports.'))
    .min(1, { error: 'a source must cover at least one fact: name, focus, languages, area or software' })
    .describe('Which facts about the server this source supports: name, focus, languages, area, software.'),
}).describe('A source for facts about the server, and which facts it supports.');

/** Evidence for a decision, as parsed. */
export type Evidence = z.infer<typeof Evidence>;
/** A server source, as parsed. */
export type Source = z.infer<typeof Source>;
