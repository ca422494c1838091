/**
 * Looking up an interface string and filling it in. A catalogue maps keys ("map.legend.heading") to either a
 * string or plural forms chosen by `Intl.PluralRules` of the language ({ one, two, few, many, zero, other }: only
 * `other` is required; a missing category falls back to it). Placeholders are `{name}`; numbers put into them are
 * formatted for the language (`12,345` in English and Welsh, `12.345` in German). A missing key is an error that
 * names it, never a silent blank.
 */
import { formatNumber } from './format.ts';

/** The plural categories of `Intl.PluralRules`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** One plural category. */
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A string's plural forms: `other` always, the rest where the language distinguishes them. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

/** One entry of a catalogue: a plain string, or plural forms (chosen by the `count` value). */
export type Entry = string | PluralForms;

/** A language's strings, by key. */
export type Catalogue = Readonly<Record<string, Entry>>;

/** Values put into a string's placeholders. `count` also chooses the plural form. */
export type Vars = Readonly<Record<string, string | number>>;

/** Looks a key up and fills it in. */
export type Translate = (key: string, vars?: Vars) => string;

/** Thrown when a key is not in the catalogue: the message names the key and the language. */
export class MissingStringError extends Error {
  /** The key that was looked up. */
  readonly key: string;
  /** The language it was looked up in. */
  readonly locale: string;
  constructor(key: string, locale: string) {
    super(`missing interface string "${key}" in language "${locale}" (add it to src/locales/${locale}/)`);
    this.name = 'MissingStringError';
    this.key = key;
    this.locale = locale;
  }
}

/** True when an entry holds plural forms. */
export function isPlural(entry: Entry): entry is PluralForms {
  return typeof entry === 'object' && entry !== null;
}

/** The placeholder names in a string, sorted and without repeats: "{n} of {total}" → ["n", "total"]. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** A string split at its placeholders: literal text at even places, placeholder names at odd places. */
type Template = readonly string[];

/** `text` split at its `{name}` placeholders (see `Template`). */
function template(text: string): Template {
  return text.split(/\{([A-Za-z][A-Za-z0-9_]*)\}/);
}

/**
 * A translator for one language. Each string is split at its placeholders once, the first time it is filled in,
 * each count's plural category is asked of `Intl.PluralRules` once, and each count is written once: a build fills in
 * the same few hundred strings on every one of thousands of pages.
 *
 * @param locale The language's BCP 47 code, for plural rules and number formats.
 * @param catalogue Its strings.
 */
export function makeTranslator(locale: string, catalogue: Catalogue): Translate {
  // Made when first needed: a browser takes about 20 ms to make its first number format, on every page that loads a
  // script, before that script can draw anything; most pages write no number until later, or never. The number
  // format is format.ts's, one for the language whoever writes the number.
  let rules: Intl.PluralRules | undefined;
  // The catalogue as a map (one look-up a string, never an inherited property), and each number written once: the
  // same counts are written on every page.
  const entries = new Map<string, Entry>(Object.entries(catalogue));
  const written = new Map<number, string>();
  const number = (n: number): string => {
    if (!Number.isInteger(n) || n < 0 || n > 1_000_000) return formatNumber(locale, n);
    let text = written.get(n);
    if (text === undefined) written.set(n, (text = formatNumber(locale, n)));
    return text;
  };
  const templates = new Map<string, Template>();
  const categories = new Map<number, Intl.LDMLPluralRule>();
  const category = (count: number): Intl.LDMLPluralRule => {
    let c = categories.get(count);
    if (c === undefined) categories.set(count, (c = (rules ??= new Intl.PluralRules(locale)).select(count)));
    return c;
  };
  return (key, vars) => {
    const entry = entries.get(key);
    if (entry === undefined) throw new MissingStringError(key, locale);
    let text: string;
    if (isPlural(entry)) {
      const count = vars?.count;
      if (typeof count !== 'number') throw new TypeError(`interface string "${key}" has plural forms: give it a numeric count`);
      text = entry[category(count)] ?? entry.other;
    } else {
      text = entry;
    }
    if (!vars) return text;
    let parts = templates.get(text);
    if (parts === undefined) templates.set(text, (parts = template(text)));
    if (parts.length === 1) return text;
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      const value = vars[name];
      out += value === undefined ? `{${name}}` : typeof value === 'number' ? number(value) : value;
      out += parts[i + 1]!;
    }
    return out;
  };
}
