/**
 * Names of places and languages in an interface language, for the server, language and region pages: a country's
 * name from `Intl` in the reader's language ("GB" → "Y Deyrnas Unedig" in Welsh), a subdivision's from ISO 3166-2
 * (English: the standard has no other), and a label that keeps the code beside the name.
 */
import { countryName, subdivisionName } from '../map/options.ts';

// Not a data cache: Intl display names by locale, the same for every dataset (allowed by tests/unit/architecture.test.ts).
const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of an ISO 3166 code in `locale`: a country's from Intl (else the English name), a subdivision's from
 * ISO 3166-2; undefined when the code is not known.
 */
export function regionName(code: string, locale: string): string | undefined {
  const upper = code.toUpperCase();
  if (upper.includes('-')) return subdivisionName(upper);
  const english = countryName(upper);
  if (english === undefined || locale === 'en') return english;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(upper) ?? english;
  } catch {
    return english;
  }
}

/** "Cymru (GB-WLS)", "Y Deyrnas Unedig (GB)": the name in `locale` with the code, or the code alone. */
export function regionLabel(code: string, locale: string): string {
  const name = regionName(code, locale);
  return name ? `${name} (${code.toUpperCase()})` : code.toUpperCase();
}
