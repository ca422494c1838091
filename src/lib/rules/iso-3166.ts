/** Rule: area codes are assigned ISO 3166-1 alpha-2 or ISO 3166-2 codes, in upper case. */
import { iso31661, iso31662 } from 'iso-3166';
import { isScalar } from 'yaml';
import { asArray, asRecord, readableFiles, type Finding, type Rule } from './rule.ts';

// Not data caches: constant tables from the iso-3166 package, built at load.
const COUNTRIES = new Set(iso31661.map((c) => c.alpha2));
const SUBDIVISIONS = new Set(iso31662.map((s) => s.code));

/** True when `code` is an assigned ISO 3166-1 alpha-2 or ISO 3166-2 code. */
export function isIsoCode(code: string): boolean {
  return COUNTRIES.has(code) || SUBDIVISIONS.has(code);
}

function codes(value: unknown): { index: number; text: string }[] {
  return asArray(asRecord(asRecord(value)?.area)?.iso3166).flatMap((c, index) => (typeof c === 'string' ? [{ index, text: c }] : []));
}

/** Reports unknown codes, and codes in lower case (fixable). */
export const iso3166: Rule = {
  name: 'iso-3166',
  description: 'area.iso3166 holds assigned ISO 3166-1 alpha-2 ("FR") or ISO 3166-2 ("GB-WLS") codes in upper case.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { index, text } of codes(file.value)) {
        const path = ['area', 'iso3166', index];
        const upper = text.trim().toUpperCase();
        if (!isIsoCode(upper)) {
          const hint = /^[A-Z]{3}$/.test(upper) ? ' (three-letter codes are not used: write the two-letter one, e.g. "GB")' : upper === 'UK' ? ' (the ISO code of the United Kingdom is "GB")' : '';
          findings.push({ file, path, level: 'error', message: `${JSON.stringify(text)} is not an ISO 3166-1 alpha-2 or ISO 3166-2 code${hint}` });
        } else if (upper !== text) {
          findings.push({ file, path, level: 'error', message: `${JSON.stringify(text)}: write ISO codes in upper case, "${upper}"`, fixable: true });
        }
      }
    }
    return findings;
  },
  fix(file) {
    for (const { index, text } of codes(file.value)) {
      const node = file.doc.getIn(['area', 'iso3166', index], true);
      const upper = text.trim().toUpperCase();
      if (upper !== text && isIsoCode(upper) && isScalar(node)) node.value = upper;
    }
  },
};
