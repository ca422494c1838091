/**
 * The Frictionless Data Package descriptor (`datapackage.json`, Data Package spec v1) of the downloads on
 * `/data/`: the servers and decisions tables as CSV (tabular resources with a Table Schema) and as JSON, the
 * ODbL licence and the sources credited. Built from the same column lists as the files (src/lib/press/dataset.ts).
 */
import { DECISION_COLUMNS, SERVER_COLUMNS, type Column } from './dataset.ts';

/** What the descriptor needs to know about this build. */
export interface PackageInput {
  /** The dataset version (src/lib/press/cite.ts). */
  version: string;
  /** The data's date, "YYYY-MM-DD". */
  day: string;
  /** The absolute URL of the /data/ page. */
  homepage: string;
}

/** The data files, relative to the descriptor (all in /data/). */
export const DATA_FILES = {
  serversCsv: 'servers.csv',
  serversJson: 'servers.json',
  decisionsCsv: 'decisions.csv',
  decisionsJson: 'decisions.json',
  licence: 'LICENSE-ODbL.txt',
} as const;

const CSV_NOTE =
  'RFC 4180 CSV, UTF-8, CRLF line ends. A text cell beginning with =, +, -, @, a tab or a carriage return carries a leading apostrophe so spreadsheets do not run it as a formula.';

const tableSchema = (columns: readonly Column[], primaryKey?: string) => ({
  fields: columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
  missingValues: [''],
  ...(primaryKey ? { primaryKey } : {}),
});

/** The descriptor, as a plain object ready for JSON. */
export function dataPackage({ version, day, homepage }: PackageInput): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'federation-atlas',
    id: `federation-atlas/${version}`,
    title: 'Federation Atlas: community and language servers of the fediverse and their federation decisions',
    description: `Curated community and language servers of the fediverse (places, languages, software) and their federation decisions (which domains each limits or suspends, since when, with evidence). Data as of ${day}, version ${version}.`,
    homepage,
    version,
    created: `${day}T00:00:00Z`,
    keywords: ['fediverse', 'mastodon', 'federation', 'moderation', 'block lists'],
    licenses: [{ name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/', title: 'Open Data Commons Open Database License 1.0' }],
    sources: [
      { title: 'Fediverse Near Me by Jaz-Michael King (ODbL 1.0): server places and the list of community servers', path: 'https://github.com/jazmichaelking/mastodon-near-me' },
      { title: 'The servers\' own published block lists and announcements, each cited per decision' },
    ],
    contributors: [{ title: 'Federation Atlas curators', role: 'author' }],
    resources: [
      {
        name: 'servers',
        profile: 'tabular-data-resource',
        path: DATA_FILES.serversCsv,
        title: 'Curated servers',
        description: `One row a curated server. ${CSV_NOTE}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(SERVER_COLUMNS, 'domain'),
      },
      {
        name: 'decisions',
        profile: 'tabular-data-resource',
        path: DATA_FILES.decisionsCsv,
        title: 'Federation decisions',
        description: `One row a decision of a curated server on a domain, lifted ones included. ${CSV_NOTE}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(DECISION_COLUMNS),
      },
      {
        name: 'servers-json',
        path: DATA_FILES.serversJson,
        title: 'Curated servers (JSON)',
        description: 'The servers table as a JSON array of objects keyed by the same column names; empty values left out.',
        format: 'json',
        mediatype: 'application/json',
      },
      {
        name: 'decisions-json',
        path: DATA_FILES.decisionsJson,
        title: 'Federation decisions (JSON)',
        description: 'The decisions table as a JSON array of objects keyed by the same column names; empty values left out.',
        format: 'json',
        mediatype: 'application/json',
      },
    ],
  };
}
