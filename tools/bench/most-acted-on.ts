/**
 * The domains the bench loads the map with: the most acted-on as the built site counts them (suspends plus limits
 * now, from its picker file `/data/picker.json`), not as the data files' decision lines count them: a domain named
 * by many lifted or media-only entries is not the one most communities cut off, and the map would fetch the
 * picker's whole list to offer it, which no reader of the most-asked domain waits for.
 */

/** The `n` domains most communities suspend or limit, most first; ties keep the file's order. */
export function mostActedOn(list: unknown, n = 2): string[] {
  const domains = (list as { domains?: unknown } | null)?.domains;
  if (!Array.isArray(domains)) return [];
  return domains
    .flatMap((entry, i) => (Array.isArray(entry) && typeof entry[0] === 'string' ? [{ domain: entry[0], acting: Number(entry[1] ?? 0) + Number(entry[2] ?? 0), i }] : []))
    .sort((a, b) => b.acting - a.acting || a.i - b.i)
    .slice(0, n)
    .map((e) => e.domain);
}
