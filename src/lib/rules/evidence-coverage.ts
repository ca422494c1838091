/** Rule: every fact has evidence: each server fact is covered by a source, each decision has a source. */
import { SERVER_FACTS } from '../schema/evidence.ts';
import { asArray, asRecord, rawDecisions, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports facts that no source covers and decisions with no evidence of their own and no list to fall back on. */
export const evidenceCoverage: Rule = {
  name: 'evidence-coverage',
  description: 'Every fact given (name, focus, languages, area, software) is covered by a source; every decision has evidence, its own or the list\'s.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const server = asRecord(file.value)!;
      const covered = new Set(asArray(server.sources).flatMap((s) => asArray(asRecord(s)?.covers)));
      for (const fact of SERVER_FACTS) {
        if (server[fact] === undefined || covered.has(fact)) continue;
        findings.push({ file, path: [fact], atKey: true, level: 'error', message: `no source covers "${fact}": add it to the covers list of the source that supports it, or add a source` });
      }
      const listEvidence = asRecord(asRecord(server.blocklist)?.evidence);
      for (const { index, decision } of rawDecisions(file.value)) {
        if (decision.evidence === undefined && !listEvidence) {
          findings.push({ file, path: ['blocks', index], level: 'error', message: `blocks[${index}] has no evidence, and blocklist.evidence names no list it was read from: add evidence with a url and retrieved date` });
        }
      }
    }
    return findings;
  },
};
