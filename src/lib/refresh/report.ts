/**
 * The refresh's report: one line per server for the terminal, and a Markdown summary fit for a pull request's body
 * (a table of every server's outcome, then what changed, server by server, then what could not be read).
 */
import { oneLine } from '../diagnostic.ts';
import { OUTCOME_WORDS, type OutcomeKind } from './outcome.ts';
import type { ServerSummary } from './apply.ts';

/** GitHub refuses a pull request body over 65 536 characters; the summary stays under this. */
export const MAX_BODY = 60_000;

/** At most this many lines of detail per server and section; the rest is counted. */
const MAX_LINES = 40;

/** The outcome of one server in a few words: "unchanged", "2 added, 1 lifted", "not public", "no answer". */
export function outcomeWords(s: ServerSummary): string {
  if (s.outcome !== 'read') return OUTCOME_WORDS[s.outcome];
  const parts = [
    s.added.length > 0 ? `${s.added.length} added` : '',
    s.lifted.length > 0 ? `${s.lifted.length} lifted` : '',
    s.changed.length > 0 ? `${s.changed.length} changed` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'unchanged';
}

/** Totals over a run. */
export interface RefreshTotals {
  /** Servers tried. */
  servers: number;
  /** Servers whose list was read. */
  read: number;
  /** Servers whose file changed. */
  filesChanged: number;
  /** Decisions added, lifted, changed. */
  added: number;
  lifted: number;
  changed: number;
  /** Servers per outcome class. */
  byOutcome: Record<OutcomeKind, number>;
}

/** Adds the summaries up. */
export function totals(summaries: readonly ServerSummary[]): RefreshTotals {
  const byOutcome: Record<OutcomeKind, number> = { read: 0, 'not-public': 0, 'not-found': 0, 'no-list': 0, 'no-answer': 0, 'bad-answer': 0, error: 0 };
  for (const s of summaries) byOutcome[s.outcome]++;
  return {
    servers: summaries.length,
    read: byOutcome.read,
    filesChanged: summaries.filter((s) => s.changedFile).length,
    added: sum(summaries, (s) => s.added.length),
    lifted: sum(summaries, (s) => s.lifted.length),
    changed: sum(summaries, (s) => s.changed.length),
    byOutcome,
  };
}

/** One line per server for the terminal, in domain order, then the totals. */
export function terminalLines(summaries: readonly ServerSummary[], options: { dryRun: boolean }): string[] {
  const lines: string[] = [];
  for (const s of sorted(summaries)) {
    const file = s.changedFile ? (options.dryRun ? ' (would change its file)' : ' (file written)') : '';
    lines.push(oneLine(`${s.domain}: ${outcomeWords(s)}${s.reason ? `: ${s.reason}` : ''}${file}`));
    for (const a of s.added) lines.push(`  + ${oneLine(a)}`);
    for (const l of s.lifted) lines.push(`  - ${oneLine(l)}`);
    for (const c of s.changed) lines.push(`  ~ ${oneLine(c)}`);
    for (const n of s.notes) lines.push(`  note: ${oneLine(n)}`);
  }
  lines.push(totalsLine(totals(summaries), options.dryRun));
  return lines;
}

/** "12 servers: 5 lists read (3 files changed: 7 added, 2 lifted, 1 changed); 4 not public, 3 no answer". */
export function totalsLine(t: RefreshTotals, dryRun = false): string {
  const others = (Object.keys(OUTCOME_WORDS) as (keyof typeof OUTCOME_WORDS)[])
    .filter((k) => t.byOutcome[k] > 0)
    .map((k) => `${t.byOutcome[k]} ${OUTCOME_WORDS[k]}`);
  const files = `${t.filesChanged} file${t.filesChanged === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'}`;
  return `${t.servers} server${t.servers === 1 ? '' : 's'}: ${t.read} list${t.read === 1 ? '' : 's'} read (${files}: ${t.added} added, ${t.lifted} lifted, ${t.changed} changed)${others.length > 0 ? `; ${others.join(', ')}` : ''}`;
}

/** The pull request's title for a run read on `day`. */
export function prTitle(day: string, summaries: readonly ServerSummary[]): string {
  const t = totals(summaries);
  const servers = summaries.filter((s) => s.added.length + s.lifted.length + s.changed.length > 0).length;
  return `Block lists read on ${day}: ${t.added} added, ${t.lifted} lifted, ${t.changed} changed on ${servers} server${servers === 1 ? '' : 's'}`;
}

/** The Markdown summary: the pull request's body. Table cells and list items are escaped; the whole stays under MAX_BODY. */
export function markdownSummary(day: string, summaries: readonly ServerSummary[]): string {
  const t = totals(summaries);
  const out: string[] = [
    `# ${md(prTitle(day, summaries))}`,
    '',
    `Every curated server's public block list, read on ${day} through its software's own API (found through \`/.well-known/nodeinfo\`), merged by the importers. ${md(totalsLine(t))}.`,
    '',
    '**Review**: each added decision starts "on or before" the day read; each lifted one keeps its last reading as `last_seen`; check the comments quoted, and that a lift is not a renamed or hidden domain. See "Refreshing the lists" in data/README.md.',
    '',
    '| server | software | outcome | users (total / active a month) |',
    '| --- | --- | --- | --- |',
  ];
  for (const s of sorted(summaries)) {
    const users = s.users ? `${s.users.total}${s.users.active_month === undefined ? '' : ` / ${s.users.active_month}`}` : '';
    out.push(`| ${cell(s.domain)} | ${cell(s.software ?? '')} | ${cell(outcomeWords(s))} | ${users} |`);
  }
  const changed = sorted(summaries).filter((s) => s.added.length + s.lifted.length + s.changed.length > 0);
  if (changed.length > 0) {
    out.push('', '## What changed');
    for (const s of changed) {
      if (out[out.length - 1] !== '') out.push('');
      out.push(`### ${md(s.domain)}`, '');
      section(out, 'added', s.added);
      section(out, 'lifted', s.lifted);
      section(out, 'changed', s.changed);
    }
  }
  const unread = sorted(summaries).filter((s) => s.outcome !== 'read');
  if (unread.length > 0) {
    out.push('', '## Not read', '');
    for (const s of unread) out.push(`- ${md(s.domain)}: ${md(OUTCOME_WORDS[s.outcome as keyof typeof OUTCOME_WORDS])}${s.reason ? `: ${md(s.reason)}` : ''}${s.changedFile ? ' (noted in its file)' : ' (file unchanged)'}`);
  }
  const noted = sorted(summaries).filter((s) => s.notes.length > 0);
  if (noted.length > 0) {
    out.push('', '## Notes for curators', '');
    for (const s of noted) {
      out.push(`- ${md(s.domain)}`);
      for (const n of s.notes.slice(0, MAX_LINES)) out.push(`  - ${md(n)}`);
      if (s.notes.length > MAX_LINES) out.push(`  - … ${s.notes.length - MAX_LINES} more`);
    }
  }
  while (out[out.length - 1] === '') out.pop();
  let body = `${out.join('\n')}\n`;
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY - 120).replace(/\n[^\n]*$/, '')}\n\n… (cut to fit a pull request; run the refresh locally with --dry-run for everything)\n`;
  return body;
}

function section(out: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  out.push(`**${title}** (${items.length}):`, '');
  for (const item of items.slice(0, MAX_LINES)) out.push(`- ${md(item)}`);
  if (items.length > MAX_LINES) out.push(`- … ${items.length - MAX_LINES} more`);
  out.push('');
}

/** Text safe on one Markdown line: no control characters, no markup a server's comment could smuggle in. */
function md(text: string): string {
  return oneLine(text).replace(/[\\`*[\]<>|]/g, (c) => `\\${c}`).replace(/@/g, '@\u200b');
}

function cell(text: string): string {
  return md(text);
}

function sorted(summaries: readonly ServerSummary[]): ServerSummary[] {
  return [...summaries].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
}

function sum(list: readonly ServerSummary[], f: (s: ServerSummary) => number): number {
  return list.reduce((n, s) => n + f(s), 0);
}
