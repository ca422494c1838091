/** Rule: every language is a valid, registered BCP 47 tag, in its canonical case, listed once. */
import tags from 'language-tags';
import { isScalar } from 'yaml';
import { asArray, asRecord, readableFiles, type Finding, type Rule } from './rule.ts';

/** The canonical form of a tag as written (case fixed, "_" read as "-"), when that form is valid. */
export function canonicalTag(text: string): string | undefined {
  const tag = tags(text.replace(/_/g, '-'));
  return tag.valid() ? tag.format() : undefined;
}

function languages(value: unknown): { index: number; text: string }[] {
  return asArray(asRecord(value)?.languages).flatMap((t, index) => (typeof t === 'string' ? [{ index, text: t }] : []));
}

function translationTags(value: unknown): string[] {
  const translations = asRecord(asRecord(value)?.translations);
  return translations ? Object.keys(translations) : [];
}

/** Reports invalid, deprecated and non-canonical BCP 47 tags, and repeated ones. */
export const languageTag: Rule = {
  name: 'language-tag',
  description: 'Languages (and the tags of translations) are valid BCP 47 tags from the IANA registry, in canonical case ("pt-BR"), each language listed once.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const seen = new Map<string, number>();
      for (const { index, text } of languages(file.value)) {
        const path = ['languages', index];
        const canonical = canonicalTag(text);
        if (canonical === undefined) {
          const why = tags(text).errors().map((e) => e.message.replace(/\.$/, '')).join('; ');
          findings.push({ file, path, level: 'error', message: `${JSON.stringify(text)} is not a valid BCP 47 language tag (${why || 'unknown tag'}); use a registered tag such as "cy", "eu" or "pt-BR"` });
          continue;
        }
        if (canonical !== text) {
          findings.push({ file, path, level: 'error', message: `${JSON.stringify(text)} is not in canonical form: write "${canonical}"`, fixable: true });
        }
        const first = seen.get(canonical);
        if (first !== undefined) findings.push({ file, path, level: 'error', message: `"${canonical}" is listed twice (also languages[${first}])` });
        else seen.set(canonical, index);
      }
      for (const tag of translationTags(file.value)) {
        const path = ['translations', tag];
        const canonical = canonicalTag(tag);
        if (canonical === undefined) findings.push({ file, path, atKey: true, level: 'error', message: `translations: ${JSON.stringify(tag)} is not a valid BCP 47 language tag; use a registered tag such as "cy"` });
        else if (canonical !== tag) findings.push({ file, path, atKey: true, level: 'error', message: `translations: ${JSON.stringify(tag)} is not in canonical form: write "${canonical}"` });
      }
    }
    return findings;
  },
  fix(file) {
    for (const { index, text } of languages(file.value)) {
      const canonical = canonicalTag(text);
      const node = file.doc.getIn(['languages', index], true);
      if (canonical && canonical !== text && isScalar(node)) node.value = canonical;
    }
  },
};
