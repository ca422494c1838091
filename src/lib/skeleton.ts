/**
 * Confusable skeletons of domains, after Unicode TR39's idea: two domains with the same skeleton look alike to a
 * reader. The table is deliberately small and covers what impostor domains use: Cyrillic and Greek letters that
 * look Latin, digits that look like letters (`0`/`o`, `1`/`l`), letter pairs that look like one letter (`rn`/`m`,
 * `vv`/`w`, `cl`/`d`), and accents (`tóot` reads as `toot`). Full-width and other compatibility forms fold
 * through NFKD first. Pure.
 */
import { toUnicode } from './domain.ts';

/** Single characters that read as a Latin letter. */
const LOOKALIKE_CHARS: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ѕ: 's', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', к: 'k', м: 'm', н: 'h', т: 't', г: 'r', п: 'n',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  // Latin and digits that read as another letter
  ı: 'i', '1': 'l', '|': 'l', '0': 'o', '5': 's', ɡ: 'g', ʟ: 'l',
};

/** Letter pairs that read as one letter, applied after the single characters. */
const LOOKALIKE_PAIRS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * The skeleton of a domain (punycode or Unicode): decoded, folded to compatibility forms, stripped of accents,
 * each look-alike character and pair replaced by the letter it reads as. Dots and hyphens are kept.
 */
export function skeleton(domain: string): string {
  const folded = toUnicode(domain.toLowerCase()).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of folded) out += LOOKALIKE_CHARS[ch] ?? ch;
  for (const [pattern, letter] of LOOKALIKE_PAIRS) out = out.replace(pattern, letter);
  return out;
}

/**
 * The domains in `known` that `domain` looks like without being: same skeleton, different domain. `known` maps a
 * skeleton to the domains that have it (see `skeletonIndex`).
 */
export function lookalikesOf(domain: string, known: ReadonlyMap<string, readonly string[]>): string[] {
  return (known.get(skeleton(domain)) ?? []).filter((d) => d !== domain);
}

/** Indexes domains by skeleton. */
export function skeletonIndex(domains: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const d of domains) {
    const key = skeleton(d);
    const list = index.get(key) ?? [];
    if (!list.includes(d)) list.push(d);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort();
  return index;
}
