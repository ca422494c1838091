/**
 * Countries' names as readers know them. ISO 3166-1 gives formal or inverted names ("United Kingdom of Great Britain
 * and Northern Ireland", "Netherlands, Kingdom of the", "Korea, Republic of"); labels use the short common name.
 */
import { iso31661 } from 'iso-3166';

/** Short common names where ISO 3166-1's name is formal, inverted or qualified. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  BN: 'Brunei',
  BO: 'Bolivia',
  CC: 'Cocos Islands',
  CD: 'Democratic Republic of the Congo',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GB: 'United Kingdom',
  IR: 'Iran',
  KP: 'North Korea',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  MF: 'Saint Martin',
  NL: 'Netherlands',
  PS: 'Palestine',
  RU: 'Russia',
  SX: 'Sint Maarten',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VE: 'Venezuela',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
  VN: 'Vietnam',
};

// Not a data cache: a constant table from the iso-3166 package, built at load (allowed by tests/unit/architecture.test.ts).
const ISO_NAMES: ReadonlyMap<string, string> = new Map(iso31661.map((c) => [c.alpha2, c.name]));

/** A country's short common name by ISO 3166-1 alpha-2 code, or undefined for an unassigned code. */
export function shortCountryName(alpha2: string): string | undefined {
  const code = alpha2.toUpperCase();
  return SHORT_NAMES[code] ?? ISO_NAMES.get(code);
}

/** Other everyday names of countries that are neither ISO's nor the short ones above. */
const OTHER_NAMES = ['UK', 'Great Britain', 'Britain', 'USA', 'U.S.A.', 'US', 'U.S.', 'America', 'Holland', 'The Netherlands', 'Czech Republic', 'Turkey', 'Ivory Coast', 'Cape Verde', 'Swaziland', 'Macedonia', 'Vatican City', 'Burma'];

/** Every country name, folded (lower case, no accents, single spaces): ISO names, short names and common forms. */
const ALL_NAMES: ReadonlySet<string> = new Set([...ISO_NAMES.values(), ...Object.values(SHORT_NAMES), ...OTHER_NAMES].map(fold));

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when `label` is only a country's name (in any of its usual forms), nothing more. */
export function isCountryName(label: string): boolean {
  return ALL_NAMES.has(fold(label));
}
