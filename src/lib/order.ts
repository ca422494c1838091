/** The one canonical order of decisions in a server file: by target, then by start date, then severity. */
import { asRecord, asString } from './rules/rule.ts';
import { compareText } from './compare-text.ts';

/** The key a decision sorts by: its domain, or its obfuscated pattern while unresolved. */
export function decisionTarget(decision: unknown): string {
  const d = asRecord(decision);
  return asString(d?.domain) ?? asString(asRecord(d?.obfuscated)?.pattern) ?? '';
}

/** The start date a decision sorts by ("" when missing). */
export function decisionStart(decision: unknown): string {
  const since = asRecord(decision)?.since;
  return asString(since) ?? asString(asRecord(since)?.on_or_before) ?? '';
}

/**
 * Compares two decisions (raw or parsed) in canonical order: target domain (code-point order), then
 * start date, then severity. Used by the `decisions-sorted` rule, `--fix` and every importer.
 */
export function compareDecisions(a: unknown, b: unknown): number {
  return (
    compareText(decisionTarget(a), decisionTarget(b)) ||
    compareText(decisionStart(a), decisionStart(b)) ||
    compareText(asString(asRecord(a)?.severity) ?? '', asString(asRecord(b)?.severity) ?? '')
  );
}

export { compareText };
