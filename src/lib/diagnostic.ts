/** Diagnostics: what the validator says about a place in a file, and how it is printed. */

/** How serious a diagnostic is: an error fails validation, a warning does not. */
export type Level = 'error' | 'warning';

/** One message about one place in one file. Lines and columns count from 1. */
export interface Diagnostic {
  /** Path of the file as the curator sees it, relative to the project (e.g. `data/servers/toot.wales.yaml`). */
  file: string;
  /** Line, from 1. */
  line: number;
  /** Column, from 1. */
  col: number;
  /** error or warning. */
  level: Level;
  /** The rule that found it, e.g. `schema`, `language-tag`. */
  rule: string;
  /** A plain explanation, quoting the offending value. */
  message: string;
  /** True when `npm run validate -- --fix` can mend it. */
  fixable?: boolean;
}

/** `file:line:col level rule: message`, the one line format of the terminal, CI and the tests. */
export function formatDiagnostic(d: Diagnostic): string {
  const fix = d.fixable ? ' (fixable with --fix)' : '';
  return `${d.file}:${d.line}:${d.col} ${d.level} ${d.rule}: ${oneLine(d.message)}${fix}`;
}

/** A GitHub Actions workflow command that annotates the line in a pull request. */
export function githubAnnotation(d: Diagnostic): string {
  const prop = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${d.level} file=${prop(d.file)},line=${d.line},col=${d.col},title=${prop(d.rule)}::${data(d.message)}`;
}

/** Sorts diagnostics by file, line, column, then rule, so output is the same every run. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.col - b.col || cmp(a.rule, b.rule) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Makes a message safe for one terminal line: control characters (including bidi overrides) are shown as \u escapes. */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
