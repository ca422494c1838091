/**
 * The atlas's headline figures, from the data: the most aligned pairs of communities (src/lib/align/) with how many
 * communities were left out of the alignment and why, and the share of accounts on curated communities cut off from
 * a domain today (src/lib/reach/people.ts) with how many were left out for want of a size: a headline only when the
 * rule of `peopleDisplay` allows it, else a caveated note on N of M communities, with the sizes' sources and days. Pure: the CLI
 * (src/cli/stats.ts, `npm run stats`) reads the files and prints `formatHeadlineFigures`.
 */
import { alignment, type AlignedPair } from './align/alignment.ts';
import type { LeftOutReason } from './align/borders.ts';
import { domainReachPrepared } from './reach/domain-reach.ts';
import { prepareAll } from './reach/domain-reach.ts';
import { withoutReservedTargets } from './reserved-name.ts';
import { PEOPLE_HEADLINE_MAX_AGE_DAYS, PEOPLE_HEADLINE_MIN_COVERAGE, peopleCutOff, type CommunitySize, type PeopleCutOff, type PeopleNoteReason } from './reach/people.ts';
import { REACH_STATES } from './reach/state.ts';
import type { Server } from './schema/server.ts';

/** The headline figures. */
export interface HeadlineFigures {
  /** The day everything is read on ("YYYY-MM-DD"). */
  day: string;
  /** How many curated communities there are. */
  communities: number;
  /** How many take part in the alignment (known lists). */
  members: number;
  /** The most aligned pairs (with a score), best first. */
  pairs: AlignedPair[];
  /** How many pairs were scored. */
  scoredPairs: number;
  /** The communities left out of the alignment, counted by reason. */
  leftOut: Record<LeftOutReason, number>;
  /** The domain whose people cut off are counted. */
  domain: string;
  /** The share of accounts in each state towards it, counting communities of known size only. */
  people: PeopleCutOff;
}

/** The sizes the data gives (`users`), by community domain. */
export function communitySizes(servers: readonly Pick<Server, 'domain' | 'users'>[]): Map<string, CommunitySize> {
  const sizes = new Map<string, CommunitySize>();
  for (const s of servers) if (s.users) sizes.set(s.domain, { total: s.users.total, counted: s.users.counted, url: s.users.evidence.url });
  return sizes;
}

/** The headline figures for `servers` (sorted or not) on `day`: the `top` most aligned pairs and the people cut off from `domain`. */
export function headlineFigures(servers: readonly Server[], day: string, domain = 'threads.net', top = 5): HeadlineFigures {
  // Decisions on reserved names (an archive's marker line under example.com) are never counted: the same rule as the site's.
  const prepared = prepareAll(withoutReservedTargets(servers));
  const aligned = alignment(prepared, day);
  const scored = aligned.pairs.filter((p) => p.score !== undefined);
  const leftOut: Record<LeftOutReason, number> = { 'list-unknown': 0, 'list-partial': 0 };
  for (const l of aligned.leftOut) leftOut[l.reason]++;
  const now = domainReachPrepared(prepared, domain, day);
  const states = new Map(now.communities.map((c) => [c.community, c.reach.state]));
  return {
    day,
    communities: servers.length,
    members: aligned.members.length,
    pairs: scored.slice(0, Math.max(0, top)),
    scoredPairs: scored.length,
    leftOut,
    domain,
    people: peopleCutOff(states, communitySizes(servers), day),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (n: number) => n.toLocaleString('en-GB');

/** The headline figures as plain English text, one fact a line. */
export function formatHeadlineFigures(note: HeadlineFigures): string {
  const lines: string[] = [];
  lines.push(`Federation Atlas: headline figures, as of ${note.day} (${note.communities} curated communities)`);
  lines.push('');
  lines.push(`Most aligned pairs (severity-aware Jaccard over the domains each suspends or limits on ${note.day}):`);
  if (note.pairs.length === 0) lines.push('  (no pair of known lists acts on any domain)');
  note.pairs.forEach((p, i) => {
    lines.push(`  ${i + 1}. ${p.a} and ${p.b}: score ${p.score!.toFixed(3)}, ${p.shared} domains both act on, ${p.union} either acts on`);
  });
  const out = note.leftOut['list-unknown'] + note.leftOut['list-partial'];
  lines.push(
    `  ${note.members} communities with a published list take part (${note.scoredPairs} pairs scored); ${out} left out: ` +
      `${note.leftOut['list-unknown']} whose list is unknown, ${note.leftOut['list-partial']} whose list is only partly known.`,
  );
  lines.push('');
  const r = note.people;
  if (r.sized.length === 0) {
    lines.push(`People cut off from ${note.domain} today (${note.day}): not known.`);
    lines.push(`  no community's size is known; all ${r.unknownSize} are left out.`);
    return lines.join('\n');
  }
  const counted = r.countedFrom === r.countedTo ? `counted on ${r.countedFrom}` : `counted from ${r.countedFrom} to ${r.countedTo}`;
  if (r.show === 'headline') {
    lines.push(`People cut off from ${note.domain} today (${note.day}), on curated communities of known size:`);
  } else {
    lines.push(`People cut off from ${note.domain} today (${note.day}): a caveated note, not a headline figure.`);
    lines.push(`  Based on ${r.sized.length} of ${r.communities} communities, sizes from ${r.sources.join(', ')}, ${counted}.`);
    lines.push(`  Not a headline because ${r.why.map((w) => noteReason(w, r, note.day)).join('; and ')}.`);
  }
  lines.push(`  ${int(r.accounts)} accounts counted on ${r.sized.length} communities of known size.`);
  for (const state of REACH_STATES) {
    const s = r.byState[state];
    lines.push(`  ${state.padEnd(8)} ${pct(s.share).padStart(6)}  ${int(s.accounts).padStart(9)} accounts on ${s.communities} communities`);
  }
  lines.push(`  sizes: registered accounts, ${counted}, from ${r.sources.length} ${r.sources.length === 1 ? 'source' : 'sources'} (${r.sources.join(', ')}).`);
  lines.push(`  ${r.unknownSize} communities left out: their size is unknown.`);
  return lines.join('\n');
}

/** Why the people cut off are only a note, in words (`no-sizes` never reaches here: that case has no shares). */
function noteReason(why: PeopleNoteReason, r: PeopleCutOff, day: string): string {
  if (why === 'few-sizes') return `sizes are known for ${r.sized.length} of ${r.communities} communities, under ${pct(PEOPLE_HEADLINE_MIN_COVERAGE)}`;
  if (why === 'old-sizes') return `at least one size was counted more than ${PEOPLE_HEADLINE_MAX_AGE_DAYS} days from ${day}`;
  return 'no community\'s size is known';
}
