/** What a validation rule is, and the small helpers rules share to read raw (possibly invalid) data safely. */
import type { Level } from '../diagnostic.ts';
import type { ParsedFile, PathSegment } from '../yaml/parse.ts';
import { isMap } from 'yaml';

/** A problem a rule found, before it is given a line and column. */
export interface Finding {
  /** The file it is in. */
  file: ParsedFile;
  /** Path to the offending value, e.g. `['blocks', 1, 'severity']`. */
  path: PathSegment[];
  /** Point at the key rather than the value (for unknown or misplaced keys). */
  atKey?: boolean;
  /** error (fails validation) or warning. */
  level: Level;
  /** A plain explanation, quoting the offending value. */
  message: string;
  /** True when the rule's `fix` can mend it. */
  fixable?: boolean;
  /** An exact position, when the rule knows it better than the path does (syntax errors). */
  position?: { line: number; col: number };
}

/** What every rule is given. */
export interface RuleContext {
  /** Every data file, parsed; `value` is raw YAML data that may break the schema. */
  files: readonly ParsedFile[];
  /** Today, "YYYY-MM-DD" (injected so tests are deterministic). */
  today: string;
}

/** One validation rule: one concern, one file, one test. */
export interface Rule {
  /** Kebab-case name printed with each message. */
  name: string;
  /** One sentence: what the rule checks. */
  description: string;
  /** Finds problems. Must not throw on odd data; if it does, the validator reports the crash and goes on. */
  check(context: RuleContext): Finding[];
  /** Mends what `check` marks fixable, by reordering or normalising only, never changing content. */
  fix?(file: ParsedFile): void;
}

/** A plain object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** An array, or an empty one. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The decisions (`blocks`) of a raw server value, with their index. */
export function rawDecisions(value: unknown): { index: number; decision: Record<string, unknown> }[] {
  return asArray(asRecord(value)?.blocks).flatMap((d, index) => {
    const decision = asRecord(d);
    return decision ? [{ index, decision }] : [];
  });
}

/**
 * Every (path, string) pair in a raw value, depth first, in document order. A value met again on the way down
 * (a YAML alias that contains itself, `a: &x [*x]`) is not walked twice.
 */
export function* walkStrings(value: unknown, path: PathSegment[] = [], within: Set<object> = new Set()): Generator<{ path: PathSegment[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (value && typeof value === 'object') {
    if (within.has(value)) return;
    within.add(value);
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* walkStrings(value[i], [...path, i], within);
    else for (const [k, v] of Object.entries(value)) yield* walkStrings(v, [...path, k], within);
    within.delete(value);
  }
}

/** The files whose YAML parsed into a mapping: the ones content rules look at. */
export function readableFiles(files: readonly ParsedFile[]): ParsedFile[] {
  return files.filter((f) => f.syntax.length === 0 && isMap(f.doc.contents));
}

/** `blocks[1].severity`: a path as curators read it. */
export function pathText(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
