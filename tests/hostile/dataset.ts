/**
 * Builds the synthetic hostile dataset: one server file per naughty string, the string in every free-text field
 * the validator accepts it in, and a plain twin with letters in place of each string. See README.md.
 */
import { stringify } from 'yaml';
import type { Diagnostic } from '../../src/lib/diagnostic.ts';
import { compareDecisions } from '../../src/lib/order.ts';
import { validate } from '../../src/lib/validate.ts';

/** The day every synthetic source was read, and the build's "today". */
export const HOSTILE_DAY = '2026-01-02';

/** The domain every synthetic server acts on, so its domain page lists every hostile comment. */
export const TARGET = 'target.fixture';

/** The free-text fields a string is placed in, by name. */
export const FIELDS = [
  'name',
  'summary',
  'area.label',
  'blocklist.note',
  'blocklist.evidence.note',
  'sources.note',
  'decision.original',
  'decision.comment',
  'decision.evidence.note',
  'obfuscated.pattern',
  'translations.cy.summary',
  'translations.cy.area_label',
] as const;

/** One free-text field. */
export type Field = (typeof FIELDS)[number];

/** A synthetic server's domain, from its index. */
export function hostileDomain(index: number): string {
  return `hostile-${String(index).padStart(4, '0')}.example`;
}

/** A plain placeholder of the same length as `text` (trimmed, in code points), letters only. */
export function plainTwin(text: string): string {
  const length = Math.max(1, [...text.trim()].length);
  return 'a'.repeat(length);
}

/** The server file's fields, with `text(field)` in each free-text field. */
function serverValue(index: number, text: (field: Field) => string): Record<string, unknown> {
  const domain = hostileDomain(index);
  const home = `https://${domain}`;
  const evidence = { url: `${home}/about`, retrieved: HOSTILE_DAY, note: text('decision.evidence.note') };
  const blocks = [
    { domain: TARGET, severity: index % 3 === 0 ? 'silence' : 'suspend', original: text('decision.original'), since: '2025-01-19', comment: text('decision.comment'), evidence },
    { obfuscated: { pattern: text('obfuscated.pattern'), digest: '0'.repeat(64) }, severity: 'suspend', since: { on_or_before: HOSTILE_DAY } },
  ].sort(compareDecisions);
  return {
    domain,
    name: text('name'),
    summary: text('summary'),
    focus: ['language'],
    languages: ['cy'],
    area: {
      label: text('area.label'),
      scale: 'region',
      iso3166: ['GB-WLS'],
      // Spread the pins over Wales so the map shows markers and clusters.
      lat: Number((51.4 + (index % 20) * 0.06).toFixed(4)),
      lon: Number((-4.9 + Math.floor(index / 20) * 0.05).toFixed(4)),
    },
    // Shown instead of the summary and area label on the Welsh pages (/cy/).
    translations: { cy: { summary: text('translations.cy.summary'), area_label: text('translations.cy.area_label') } },
    software: 'mastodon',
    links: { home },
    sources: [{ url: `${home}/about`, retrieved: HOSTILE_DAY, note: text('sources.note'), covers: ['name', 'focus', 'languages', 'area', 'software'] }],
    blocklist: {
      status: 'published',
      evidence: { url: `${home}/api/v1/instance/domain_blocks`, retrieved: HOSTILE_DAY, kind: 'block-list', note: text('blocklist.evidence.note') },
      note: text('blocklist.note'),
    },
    blocks,
  };
}

/** A server file's text: the schema comment and the fields as YAML (the `yaml` package quotes what needs it). */
export function serverText(value: Record<string, unknown>): string {
  return `# yaml-language-server: $schema=../../public/schema/server.schema.json\n# Synthetic hostile test data, not a real server.\n${stringify(value, { lineWidth: 0 })}`;
}

/** A clean placeholder for a field, used where the string under test is elsewhere or refused. */
function clean(index: number, field: Field): string {
  if (field === 'obfuscated.pattern') return `hid***n-${index}.example`;
  return `Plain ${field} ${index}`;
}

/** A refusal: the validator's diagnostics for one string in one field. */
export interface Refusal {
  /** The string's index in the list. */
  index: number;
  /** The field it was placed in. */
  field: Field;
  /** What the validator said (at least one error). */
  diagnostics: Diagnostic[];
}

/** The two datasets, and what was refused. */
export interface HostileDatasets {
  /** `servers/<domain>.yaml` file name → text, with the naughty strings. */
  hostile: Map<string, string>;
  /** The same files with letters in place of each string. */
  plain: Map<string, string>;
  /** For each string, the fields it was accepted in. */
  accepted: Map<number, Field[]>;
  /** Every refusal, with its diagnostics. */
  refusals: Refusal[];
}

/** Validates one file's text on its own and returns its errors. */
export function errorsOf(file: string, text: string): Diagnostic[] {
  return validate([{ file, text }], { today: HOSTILE_DAY }).filter((d) => d.level === 'error');
}

/** Builds both datasets from `strings`. */
export function hostileDatasets(strings: readonly string[]): HostileDatasets {
  const hostile = new Map<string, string>();
  const plain = new Map<string, string>();
  const accepted = new Map<number, Field[]>();
  const refusals: Refusal[] = [];
  strings.forEach((s, index) => {
    const file = `${hostileDomain(index)}.yaml`;
    const ok: Field[] = [];
    for (const field of FIELDS) {
      const text = serverText(serverValue(index, (f) => (f === field ? s : clean(index, f))));
      const errors = errorsOf(`.hostile/servers/${file}`, text);
      if (errors.length === 0) ok.push(field);
      else refusals.push({ index, field, diagnostics: errors });
    }
    accepted.set(index, ok);
    hostile.set(file, serverText(serverValue(index, (f) => (ok.includes(f) ? s : clean(index, f)))));
    plain.set(file, serverText(serverValue(index, (f) => (ok.includes(f) ? plainTwin(s) : clean(index, f)))));
  });
  return { hostile, plain, accepted, refusals };
}
