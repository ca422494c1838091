/** Rule: a server does not act on itself. */
import { isWithin } from '../domain.ts';
import { asRecord, asString, rawDecisions, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports a decision whose target is the server itself, or a parent domain that would cover it. */
export const selfDecision: Rule = {
  name: 'self-decision',
  description: 'A server never limits or suspends its own domain, or a parent domain that covers it.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const own = asString(asRecord(file.value)?.domain)?.toLowerCase();
      if (!own) continue;
      for (const { index, decision } of rawDecisions(file.value)) {
        const target = asString(decision.domain)?.toLowerCase();
        if (!target || !isWithin(own, target)) continue;
        const what = target === own ? 'itself' : `"${target}", which covers its own domain "${own}"`;
        findings.push({ file, path: ['blocks', index, 'domain'], level: 'error', message: `the server acts on ${what}` });
      }
    }
    return findings;
  },
};
