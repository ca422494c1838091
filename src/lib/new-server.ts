/**
 * A new server file, as `npm run new -- <domain>` writes it: the annotated template of the curator's guide with the
 * domain, the editor's schema line and today's date (the day the first source is read) filled in, and a
 * placeholder (`TODO`, `https://...`) wherever a fact or a source is still to be found. The validator's
 * `placeholder` rule fails the file, line by line, until each is filled in or deleted, so an unfinished file cannot
 * pass by accident. Refuses a domain that is not a server's, that is already curated, or that looks like a
 * curated one (the validator's own look-alike rules). Pure: today and the curated domains are passed in.
 */
import { lookalikeProblem, readDomain } from './domain.ts';
import { curatedLookalikes } from './rules/curated-lookalike.ts';
import { PLACEHOLDER_TEXT as TODO, PLACEHOLDER_URL as URL_TODO } from './rules/placeholder.ts';
import { schemaComment } from './rules/schema-comment.ts';
import { EVIDENCE_KINDS, SERVER_FACTS } from './schema/evidence.ts';
import { FOCUSES, LIST_STATUSES, SCALES, SOFTWARE } from './schema/values.ts';
import { skeletonIndex } from './skeleton.ts';

/** Where server files live, relative to the project. */
export const SERVERS_DIR = 'data/servers';

/** What `newServerFile` decided. */
export type NewServerResult =
  | {
      ok: true;
      /** The domain in normal form. */
      domain: string;
      /** The file to write, `data/servers/<domain>.yaml`. */
      file: string;
      /** Its text. */
      text: string;
      /** Said when the domain was written in another form than its normal one. */
      note?: string;
    }
  | { ok: false; reason: string };

/**
 * The new file for `written` (a domain as the curator typed it), or why there is none.
 *
 * @param written The domain, e.g. `toot.wales` (a pasted `https://Toot.Wales/` is read as `toot.wales`).
 * @param options `today` ("YYYY-MM-DD"), and the curated domains (the names of the files in data/servers/).
 */
export function newServerFile(written: string, options: { today: string; curated: readonly string[] }): NewServerResult {
  const { normal, problems } = readDomain(written);
  if (normal === undefined) return { ok: false, reason: `${JSON.stringify(written)} is not a server's domain: it ${problems.join(', ')}` };
  const file = `${SERVERS_DIR}/${normal}.yaml`;
  const lookalike = lookalikeProblem(normal);
  if (lookalike) return { ok: false, reason: `${JSON.stringify(normal)}: ${lookalike}; check the real domain's spelling` };
  if (options.curated.includes(normal)) return { ok: false, reason: `${normal} already has a file: edit ${file}` };
  const like = curatedLookalikes(normal, skeletonIndex(options.curated));
  if (like.length > 0) {
    const names = like.map((d) => `"${d}"`).join(', ');
    return { ok: false, reason: `${JSON.stringify(normal)} looks like the curated server ${names}: is it the same server misspelt, or an impostor? Edit ${SERVERS_DIR}/${like[0]}.yaml if it is the same` };
  }
  const note = normal === written ? undefined : `read ${JSON.stringify(written)} as ${normal}`;
  return { ok: true, domain: normal, file, text: serverTemplate(normal, options.today), ...(note ? { note } : {}) };
}

/** The column where the template's comments start (as in the guide's annotated template). */
const COMMENT_AT = 30;

/** One line: the YAML, then its comment from column 31 (or after one space when the YAML is longer). */
function line(yaml: string, comment = ''): string {
  if (!comment) return yaml;
  return `${yaml.padEnd(COMMENT_AT - 1)} # ${comment}`;
}

/** A list of allowed values, wrapped into comment lines that continue under the first comment. */
function valueLines(values: readonly string[], width = 78): string[] {
  const out: string[] = [];
  let current = '';
  for (const v of values) {
    const next = current ? `${current} | ${v}` : v;
    if (next.length > width && current) {
      out.push(line('', `  ${current} |`));
      current = v;
    } else current = next;
  }
  if (current) out.push(line('', `  ${current}`));
  return out;
}

/**
 * The template's text for `domain`, read on `today`: every required fact a placeholder, every optional one a
 * comment to uncomment, `links.home` the domain's address and `blocklist.status: unknown` (the honest default
 * until someone reads the list).
 */
export function serverTemplate(domain: string, today: string): string {
  const file = `${SERVERS_DIR}/${domain}.yaml`;
  const lines = [
    schemaComment(file),
    `# New server file. Replace every ${TODO} and ${URL_TODO} with what a public source shows, or delete the optional`,
    '# lines no source gives (never guess). `npm run validate` lists what is left, line by line. Guide: data/README.md',
    line(`domain: ${domain}`, 'REQUIRED. The file is named after it.'),
    line(`name: ${TODO}`, 'REQUIRED. The name it presents itself by.'),
    line('# summary: >-', 'optional. One or two neutral sentences in YOUR words (never its own blurb).'),
    line('#   …'),
    line(`focus: [${TODO}]`, 'REQUIRED, one or more, the first is primary:'),
    ...valueLines(FOCUSES),
    line(`languages: [${TODO}]`, 'REQUIRED, one or more BCP 47 tags, the first is primary: "cy", "eu", "pt-BR".'),
    line('', '  Language is not region: list what the community writes.'),
    line('area:', 'optional (a general server may have none): WHERE THE COMMUNITY IS, never'),
    line('', '  where the server is hosted. Delete the whole area if no source gives it.'),
    line(`  label: ${TODO}`, '  REQUIRED in area. The place in words readers know.'),
    line(`  scale: ${TODO}`, '  REQUIRED in area:'),
    ...valueLines(SCALES),
    line(`  iso3166: [${TODO}]`, '  optional. ISO 3166-1 alpha-2 ("FR") or ISO 3166-2 ("GB-WLS") codes.'),
    line(`  lat: ${TODO}`, '  optional, with lon: the pin, in degrees. Both or neither.'),
    line(`  lon: ${TODO}`),
    line(`software: ${TODO}`, 'REQUIRED:'),
    ...valueLines(SOFTWARE),
    line('links:', 'REQUIRED.'),
    line(`  home: https://${domain}`, '  REQUIRED. Its home page.'),
    line(`  # about: ${URL_TODO}`, '  optional: about page (rules, moderated servers)'),
    line(`  # rules: ${URL_TODO}`, '  optional: rules or code of conduct'),
    line(`  # blog: ${URL_TODO}`, '  optional: the admins\' announcements'),
    line('sources:', 'REQUIRED, one or more: where the facts above were read.'),
    line(`  - url: ${URL_TODO}`, '  the public https:// address you read'),
    line(`    retrieved: ${today}`, '  the day you read it (today; change it if you read it earlier)'),
    line('    # kind: about-page', `  optional: ${EVIDENCE_KINDS.join(' | ')}`),
    line(`    covers: [${TODO}]`, `  REQUIRED: the facts it supports: ${SERVER_FACTS.join(', ')}`),
    line('    # note: …', '  optional: what exactly it says'),
    line('# unconfirmed: [languages]', 'optional: facts taken from HINTS (a directory, NodeInfo, a country TLD)'),
    line('', '  that no curator has confirmed. The site marks them.'),
    line('blocklist:', 'REQUIRED: what the atlas knows of this server\'s own block list.'),
    line('  status: unknown', `  ${LIST_STATUSES.join(' | ')}: unknown until someone reads it;`),
    line('', '  partial: some decisions known; published: the whole list read (with evidence)'),
    line(`  # evidence: {url: ${URL_TODO}, retrieved: ${today}, kind: block-list}`),
    line('# blocks:', 'optional: its decisions, sorted by domain, then since (status partial or published)'),
    line('#   - domain: …', '  the domain acted on'),
    line('#     severity: suspend', '  silence (Mastodon\'s "Limit") | suspend'),
    line('#     since: 2025-01-19', '  "YYYY-MM-DD"; "YYYY-MM" or "YYYY" quoted; {on_or_before: YYYY-MM-DD}'),
    line(`#     evidence: {url: ${URL_TODO}, retrieved: ${today}, kind: announcement}`),
    line('', 'A whole published block list: npm run import (see data/README.md).'),
  ];
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}
