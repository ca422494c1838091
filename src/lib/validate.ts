/**
 * The validator: runs every rule over every file and collects every problem (never stopping at the
 * first), each with file:line:col. A rule that crashes is reported and the others still run.
 */
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { RULES } from './rules/index.ts';
import { isPlaceholder, placeholder } from './rules/placeholder.ts';
import { walkStrings, type Finding, type Rule } from './rules/rule.ts';
import { documentState, writeValuesInPlace } from './yaml/edit-values.ts';
import { locate, parseYamlFile, type ParsedFile } from './yaml/parse.ts';

/** A data file as read from disk: its project-relative path and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** Options of a validation run. */
export interface ValidateOptions {
  /** Today as "YYYY-MM-DD": dates after it are errors. */
  today: string;
  /** The rules to run (all by default). */
  rules?: readonly Rule[];
}

/** Validates a set of data files and returns every diagnostic, sorted by file, line and column. */
export function validate(sources: readonly SourceFile[], options: ValidateOptions): Diagnostic[] {
  const files = sources.map((s) => parseYamlFile(s.file, s.text));
  return validateParsed(files, options);
}

/** Validates already parsed files. */
export function validateParsed(files: readonly ParsedFile[], options: ValidateOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of options.rules ?? RULES) {
    let findings: Finding[];
    try {
      findings = rule.check({ files, today: options.today });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      out.push({ file: files[0]?.file ?? '(data)', line: 1, col: 1, level: 'error', rule: rule.name, message: `the rule crashed (${reason}); the other rules still ran. Please report this.` });
      continue;
    }
    for (const f of findings) if (rule === placeholder || !atPlaceholder(f)) out.push(toDiagnostic(rule, f));
  }
  return sortDiagnostics(out);
}

/**
 * True when a finding points at a template placeholder (`TODO`, `https://...`), or at a field holding one
 * (`focus: [TODO]`, an `area` still being filled in): the `placeholder` rule already says what to write there, so
 * other rules' words on it ("expected one of …, got "TODO"", "no source covers area") would only repeat it. A
 * finding on the whole file (an empty path) is always kept.
 */
function atPlaceholder(f: Finding): boolean {
  if (f.path.length === 0) return false;
  let v: unknown = f.file.value;
  for (const seg of f.path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg as string] : undefined;
  for (const { text } of walkStrings(v)) if (isPlaceholder(text)) return true;
  return false;
}

function toDiagnostic(rule: Rule, f: Finding): Diagnostic {
  const pos = f.position ?? locate(f.file, f.path, { key: f.atKey });
  const d: Diagnostic = { file: f.file.file, line: pos.line, col: pos.col, level: f.level, rule: rule.name, message: f.message };
  if (f.fixable) d.fixable = true;
  return d;
}

/** The outcome of fixing one file. */
export interface FixResult {
  file: string;
  /** The new text (equal to the old when nothing was fixable). */
  text: string;
  changed: boolean;
}

/**
 * Applies every rule's fix (reordering and normalising only) to files that parse, one rule at a time,
 * re-reading the file between rules so each sees the last one's result. A fix that only changes values is
 * written into the text in place, keeping every comment where it stands; one that reorders is written by
 * re-serialising the document. Files with syntax errors are left alone.
 */
export function fixFiles(sources: readonly SourceFile[], rules: readonly Rule[] = RULES): FixResult[] {
  return sources.map(({ file, text }) => {
    let current = parseYamlFile(file, text);
    if (current.syntax.length > 0) return { file, text, changed: false };
    for (const rule of rules) {
      if (!rule.fix) continue;
      const fixable = rule.check({ files: [current], today: '9999-12-31' }).some((f) => f.fixable);
      if (!fixable) continue;
      const before = documentState(current.doc);
      rule.fix(current);
      const inPlace = writeValuesInPlace(current.text, current.doc, before);
      current = parseYamlFile(file, inPlace ?? current.doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
    }
    const out = current.text;
    return { file, text: out, changed: out !== text };
  });
}
