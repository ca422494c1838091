/** Rule: evidence from an archive names the snapshot it shows, by its commit. */
import { asArray, asRecord, asString, rawDecisions, readableFiles, type Finding, type Rule } from './rule.ts';
import type { PathSegment } from '../yaml/parse.ts';

/** A 40-hex git commit inside a URL. */
const COMMIT = /(^|[^0-9a-f])[0-9a-f]{40}([^0-9a-f]|$)/;

/** Every evidence of a server value with its path: sources, users, the list and each decision's (and its lift's). */
function evidences(value: unknown): { path: PathSegment[]; evidence: Record<string, unknown> }[] {
  const server = asRecord(value);
  const out: { path: PathSegment[]; evidence: Record<string, unknown> }[] = [];
  const add = (path: PathSegment[], e: unknown) => {
    const r = asRecord(e);
    if (r) out.push({ path, evidence: r });
  };
  asArray(server?.sources).forEach((s, i) => add(['sources', i], s));
  add(['users', 'evidence'], asRecord(server?.users)?.evidence);
  add(['blocklist', 'evidence'], asRecord(server?.blocklist)?.evidence);
  for (const { index, decision } of rawDecisions(value)) {
    add(['blocks', index, 'evidence'], decision.evidence);
    add(['blocks', index, 'lifted_evidence'], decision.lifted_evidence);
  }
  return out;
}

/** Reports evidence of kind `archive` whose URL names no commit (40 hex characters). */
export const archiveCommit: Rule = {
  name: 'archive-commit',
  description: 'Evidence of kind archive cites one snapshot: a URL naming its 40-hex commit.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, evidence } of evidences(file.value)) {
        if (evidence.kind !== 'archive') continue;
        const url = asString(evidence.url);
        if (url === undefined || COMMIT.test(url.toLowerCase())) continue;
        findings.push({
          file,
          path: [...path, 'url'],
          level: 'error',
          message: `evidence of kind archive must cite one snapshot, but "${url}" names no commit: use the archived file's address at its commit (…/blob/<40-hex commit>/…)`,
        });
      }
    }
    return findings;
  },
};
