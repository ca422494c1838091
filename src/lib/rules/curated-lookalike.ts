/**
 * Rule: no domain looks like a curated server's domain without being it (`t00t.wales`, `rnastodon.social`,
 * `tóot.wales` beside `toot.wales`). A new server file imitating a curated one is an error; a decision's target
 * that imitates one is a warning, since servers do block impostors, and a curator should check which one is meant.
 * Only the domain written with look-alike characters is reported, never the curated one it imitates.
 */
import { readDomain } from '../domain.ts';
import { lookalikesOf, skeleton, skeletonIndex } from '../skeleton.ts';
import { domainFields } from './fields.ts';
import { asRecord, asString, readableFiles, type Finding, type Rule } from './rule.ts';

/**
 * The curated domains (indexed by `skeletonIndex`) that `domain`, in normal form, imitates: same skeleton, another
 * domain. Of two look-alikes the one written with look-alike characters is the suspect: "t00t" imitates "toot",
 * never the other way round, so a domain that is its own skeleton imitates none.
 */
export function curatedLookalikes(domain: string, index: ReadonlyMap<string, readonly string[]>): string[] {
  return skeleton(domain) === domain ? [] : lookalikesOf(domain, index);
}

/** Reports domains whose confusable skeleton equals a curated server's while the domains differ. */
export const curatedLookalike: Rule = {
  name: 'curated-lookalike',
  description: 'No domain looks like a curated server\'s domain without being it (look-alike letters, digits for letters, accents): an error for a server, a warning for a target.',
  check({ files }) {
    const curated = new Set<string>();
    for (const file of readableFiles(files)) {
      const d = asString(asRecord(file.value)?.domain);
      const normal = d && readDomain(d).normal;
      if (normal) curated.add(normal);
    }
    const index = skeletonIndex(curated);
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text, target } of domainFields(file.value)) {
        const normal = readDomain(text, { target }).normal;
        if (!normal) continue;
        const like = curatedLookalikes(normal, index);
        if (like.length === 0) continue;
        const names = like.map((d) => `"${d}"`).join(', ');
        if (target) {
          findings.push({ file, path, level: 'warning', message: `target "${text}" looks like the curated server ${names} but is not it; check which domain the list names` });
        } else {
          findings.push({ file, path, level: 'error', message: `domain "${text}" looks like the curated server ${names}: is this the same server misspelt, or an impostor?` });
        }
      }
    }
    return findings;
  },
};
