/**
 * Rule: no value is still a template's placeholder. `npm run new` writes `TODO` where a fact goes and
 * `https://...` where a source's address goes (and the guide's annotated template shows `https://...`), so a file
 * is recognisably unfinished, and fails, until a curator fills each one in from a source or deletes the optional
 * line. Each message says which field it is, whether it is required, and what it holds.
 */
import { z } from 'zod';
import { Server } from '../schema/server.ts';
import type { PathSegment } from '../yaml/parse.ts';
import { pathText, readableFiles, walkStrings, type Finding, type Rule } from './rule.ts';
import { fieldAt, isOptionalField, unwrap } from './schema.ts';

/** What `npm run new` writes where a fact (text, a listed value, a code or a number) is still to be filled in. */
export const PLACEHOLDER_TEXT = 'TODO';

/** What `npm run new` writes where a source's address is still to be filled in. */
export const PLACEHOLDER_URL = 'https://...';

/**
 * True when a value is a template's placeholder: text beginning with the word `TODO` (in capitals, so the
 * Spanish and Portuguese word "todo" in a name is not one), or an address whose host is `...` or `…`.
 */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return /^TODO\b/.test(text) || /^https?:\/\/(?:\.\.\.|…)/.test(text);
}

/** True for a decision's `comment`: text quoted as the server published it, never a placeholder. */
function isQuoted(path: readonly PathSegment[]): boolean {
  return path[0] === 'blocks' && path[path.length - 1] === 'comment';
}

/** Says what to do with the placeholder at `path`: whether the field is required, and what it holds. */
export function placeholderAdvice(path: readonly PathSegment[]): string {
  // The field is the last named step: for `languages[0]` it is `languages`.
  const lastName = path.reduce<number>((at, seg, i) => (typeof seg === 'string' ? i : at), -1);
  const fieldPath = path.slice(0, lastName + 1);
  const field = fieldAt(Server, fieldPath);
  if (!field) return 'fill it in, or delete the line';
  const optionalAncestor = fieldPath
    .slice(0, -1)
    .map((_, i) => fieldPath.slice(0, i + 1))
    .filter((p) => typeof p[p.length - 1] === 'string')
    .find((p) => {
      const t = fieldAt(Server, p);
      return t !== undefined && isOptionalField(t);
    });
  const inner = unwrap(field);
  const item = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType) : inner;
  const values = item instanceof z.ZodEnum ? ` (${(item.options as string[]).join(', ')})` : '';
  const what = inner.description ?? field.description ?? '';
  let need: string;
  if (isOptionalField(field)) need = `optional: fill it in${values} or delete the line`;
  else if (optionalAncestor) {
    const parent = pathText(optionalAncestor);
    need = `required in ${parent}: fill it in${values}, or leave out the whole ${parent} if no source gives it`;
  } else need = `required: fill it in${values}`;
  return what ? `${need}. ${what}` : need;
}

/** Reports every placeholder left in a file, at its own line and column. */
export const placeholder: Rule = {
  name: 'placeholder',
  description: 'No value is still a template placeholder ("TODO", "https://..."): fill each in from a source, or delete the optional line.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text } of walkStrings(file.value)) {
        if (isQuoted(path) || !isPlaceholder(text)) continue;
        findings.push({ file, path, level: 'error', message: `${pathText(path)} is still the template's placeholder ${JSON.stringify(text)}: ${placeholderAdvice(path)}` });
      }
    }
    return findings;
  },
};
