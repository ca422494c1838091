/**
 * Every code the data can hold has words in every interface language: each word function, called with each
 * schema value, finds its strings (a missing key throws, naming it) and says something non-empty.
 */
import { describe, expect, it } from 'vitest';
import { focusWords, listStatusWords, scaleWords, softwareName } from '../../src/lib/labels.ts';
import { noPlaceWords } from '../../src/lib/map/map-data.ts';
import { reasonText, SHOWN_STATES, stateWords } from '../../src/lib/map/reach-shard.ts';
import { FOCUSES, LIST_STATUSES, SCALES, SOFTWARE } from '../../src/lib/schema/values.ts';
import { SEVERITIES } from '../../src/lib/schema/decision.ts';
import { actionStatusWords, evidenceWords, severityText, sinceText } from '../../src/lib/views/words.ts';
import { EVIDENCE_KINDS } from '../../src/lib/schema/evidence.ts';
import { LOCALE_CODES, translator } from '../../src/locales/index.ts';

const REASONS = ['decision', 'no-decision', 'uncertain-decision', 'list-unknown', 'list-partial', 'before-list-read'] as const;

describe.each(LOCALE_CODES)('words for the data\'s codes in %s', (code) => {
  const t = translator(code);
  const nonEmpty = (values: readonly string[]) => values.forEach((v) => expect(v.trim().length).toBeGreaterThan(0));
  it('list statuses, scales, focuses, software', () => {
    const lists = listStatusWords(t);
    nonEmpty(LIST_STATUSES.flatMap((s) => [lists[s].label, lists[s].meaning, lists[s].mark]));
    nonEmpty(SCALES.map((s) => scaleWords(t)[s]));
    nonEmpty(FOCUSES.map((f) => focusWords(t)[f]));
    nonEmpty(SOFTWARE.map((s) => softwareName(s, t)));
  });
  it('states, reasons, placeless servers, action statuses', () => {
    const states = stateWords(t);
    nonEmpty(SHOWN_STATES.flatMap((s) => [states[s].label, states[s].legend, states[s].glyph]));
    nonEmpty(REASONS.map((r) => reasonText(r, t)));
    nonEmpty((['language', 'no-pin', 'no-area'] as const).map((r) => noPlaceWords(t)[r]));
    nonEmpty(Object.values(actionStatusWords(t)));
  });
  it('every evidence kind the schema allows', () => {
    nonEmpty(EVIDENCE_KINDS.flatMap((kind) => {
      const w = evidenceWords({ url: 'https://a.example/x', retrieved: '2026-01-01', kind }, t);
      return [w.text, w.trail];
    }));
  });
  it('every severity the schema allows, and an upper-bound date', () => {
    nonEmpty(SEVERITIES.map((s) => severityText(s, t)));
    expect(severityText('silence', t)).not.toBe(severityText('suspend', t));
    expect(sinceText({ on_or_before: '2023-06-18' }, t)).toContain('2023-06-18');
    expect(sinceText('2025-01-19', t, () => 'D')).toBe('D');
  });
});
