/** Rule: the block-list status agrees with what the file holds. */
import { asArray, asRecord, readableFiles, type Finding, type Rule } from './rule.ts';

/** A published list needs its evidence; an unknown list cannot hold decisions. */
export const listStatus: Rule = {
  name: 'list-status',
  description: 'blocklist.status "published" names where and when the list was read; "unknown" holds no decisions (use "partial").',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const server = asRecord(file.value)!;
      const list = asRecord(server.blocklist);
      const count = asArray(server.blocks).length;
      if (list?.status === 'published' && list.evidence === undefined) {
        findings.push({ file, path: ['blocklist', 'status'], level: 'error', message: 'status "published" needs blocklist.evidence: the url where the list was read and the retrieved date' });
      }
      if (list?.status === 'unknown' && count > 0) {
        findings.push({ file, path: ['blocklist', 'status'], level: 'error', message: `status "unknown" but ${count} decision${count === 1 ? ' is' : 's are'} listed: use "partial" (some decisions known) or "published" (the whole list read)` });
      }
    }
    return findings;
  },
};
