/** Reading JSON from a source without throwing: a value, or a plain reason why the text is not JSON. */

/** The parsed value, or why the text could not be parsed. */
export type JsonReading = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses JSON text (a leading byte-order mark is allowed). Never throws. */
export function readJson(text: string): JsonReading {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(src) };
  } catch (err) {
    const start = src.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    const hint = start.startsWith('<') ? ' (it looks like HTML)' : '';
    return { ok: false, reason: `not JSON${hint}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** A plain object, or undefined. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
