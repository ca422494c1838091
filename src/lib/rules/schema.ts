/**
 * Rule: the file matches the zod schema (src/lib/schema/server.ts), each problem at its own line. A closed-list
 * value that only slipped in case (`Suspend`, `Mastodon`), or Mastodon's interface name `Limit` for `silence`,
 * is fixable: `--fix` writes the listed value.
 */
import { isScalar } from 'yaml';
import { z } from 'zod';

import { Server } from '../schema/server.ts';
import type { PathSegment } from '../yaml/parse.ts';
import { asRecord, pathText, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports every schema violation, quoting the offending value; unknown fields get a "did you mean". */
export const schema: Rule = {
  name: 'schema',
  description: 'Every field has the type and allowed values the schema gives it; no field is unknown or missing.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const result = Server.safeParse(file.value);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          const allowed = knownKeys(Server, path);
          for (const key of issue.keys) {
            const near = closest(key, allowed);
            const hint = near ? `; did you mean "${near}"?` : allowed.length ? `; allowed: ${allowed.join(', ')}` : '';
            findings.push({ file, path: [...path, key], atKey: true, level: 'error', message: `${pathText([...path, key])}: unknown field "${key}"${hint}` });
          }
          continue;
        }
        const parent = valueAt(file.value, path.slice(0, -1));
        const last = path[path.length - 1];
        const missing = typeof last === 'string' && asRecord(parent) !== undefined && !(last in asRecord(parent)!);
        const listed = listedValue(issue, valueAt(file.value, path));
        if (listed !== undefined) {
          findings.push({ file, path, level: 'error', message: `${pathText(path)}: ${listed.why}: write "${listed.value}"`, fixable: true });
          continue;
        }
        const message = missing ? `missing required field "${last}"` : issue.message;
        findings.push({ file, path, level: 'error', message: `${pathText(path) || '(top level)'}: ${message}` });
      }
    }
    return findings;
  },
  fix(file) {
    const result = Server.safeParse(file.value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
      const listed = listedValue(issue, valueAt(file.value, path));
      const node = file.doc.getIn(path, true);
      if (listed !== undefined && isScalar(node)) node.value = listed.value;
    }
  },
};

/**
 * Other names for a closed-list value that mean exactly it: Mastodon's interface calls `silence` "Limit" (and
 * its domain-block exports write `limit`).
 */
export const VALUE_ALIASES: Readonly<Record<string, readonly string[]>> = { silence: ['limit'] };

/**
 * The listed value a rejected closed-list value stands for, when it differs only in case or spaces (`Suspend`,
 * ` Mastodon`) or is Mastodon's name for it (`LIMIT` for `silence`), with the reason; undefined for anything else
 * (a real mistake for the curator to read).
 */
export function listedValue(issue: z.core.$ZodIssue, raw: unknown): { value: string; why: string } | undefined {
  if (issue.code !== 'invalid_value' || typeof raw !== 'string') return undefined;
  const allowed = issue.values.filter((v): v is string => typeof v === 'string');
  const folded = raw.trim().toLowerCase();
  const same = allowed.find((v) => v.toLowerCase() === folded);
  if (same !== undefined) return { value: same, why: `${JSON.stringify(raw)} is written in another case (the listed values are lower case)` };
  const alias = allowed.find((v) => VALUE_ALIASES[v]?.includes(folded));
  if (alias !== undefined) return { value: alias, why: `${JSON.stringify(raw)} is Mastodon's interface name for "${alias}"` };
  return undefined;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg as string] : undefined;
  return v;
}

/**
 * The schema of the field at `path` (array indexes step into the items), as declared: an optional field is still
 * wrapped in its `ZodOptional`. Undefined when the schema has no such field.
 */
export function fieldAt(schemaType: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let t: z.ZodType | undefined = schemaType;
  for (const seg of path) t = t && step(unwrap(t), seg);
  return t;
}

/** True when a field may be left out (optional, or with a default). */
export function isOptionalField(t: z.ZodType): boolean {
  return t instanceof z.ZodOptional || t instanceof z.ZodDefault;
}

/** The field names the schema allows for the object at `path`. */
export function knownKeys(schemaType: z.ZodType, path: readonly PathSegment[]): string[] {
  let t: z.ZodType | undefined = schemaType;
  for (const seg of path) {
    t = t && step(unwrap(t), seg);
  }
  t = t && unwrap(t);
  return t instanceof z.ZodObject ? Object.keys(t.shape) : [];
}

/** A field's schema without its optional, default, nullable or pipe wrappers. */
export function unwrap(t: z.ZodType): z.ZodType {
  let cur: z.ZodType = t;
  for (let i = 0; i < 10; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodPipe) cur = cur.in as z.ZodType;
    else break;
  }
  return cur;
}

function step(t: z.ZodType, seg: PathSegment): z.ZodType | undefined {
  if (t instanceof z.ZodArray && typeof seg === 'number') return t.element as z.ZodType;
  if (t instanceof z.ZodObject && typeof seg === 'string') return t.shape[seg] as z.ZodType | undefined;
  if (t instanceof z.ZodUnion) {
    for (const option of t.options as z.ZodType[]) {
      const next = step(unwrap(option), seg);
      if (next) return next;
    }
  }
  return undefined;
}

/** The allowed name nearest to a misspelt one (edit distance at most 2, or a case difference). */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = candidate.toLowerCase() === word.toLowerCase() ? 0 : distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

