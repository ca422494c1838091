/**
 * `npm run validate [-- PATH… ] [--fix] [--today YYYY-MM-DD]`
 *
 * Reads every server file (data/servers by default, or the files and folders given), prints every
 * problem as `path:line:col error|warning rule: message`, and exits 1 if there was any error.
 * With GITHUB_ACTIONS set it also prints GitHub annotations. `--fix` reorders and normalises only. When there is
 * no error, it lists the local addresses (in `npm run dev`) of the pages that the server files changed since git's
 * HEAD touch.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isoDay } from '../lib/dates.ts';
import { formatDiagnostic, githubAnnotation } from '../lib/diagnostic.ts';
import { actedOnDomains, previewLines, touchedPages, type FileChange } from '../lib/preview-pages.ts';
import { fixFiles, validateParsed, type SourceFile } from '../lib/validate.ts';
import { parseYamlFile, type ParsedFile } from '../lib/yaml/parse.ts';
import { isEntryPoint } from '../node/entry-point.ts';
import { changedSinceHead } from '../node/git-changes.ts';
import { readDataDir } from '../node/read-data-dir.ts';

const DEFAULT_DIR = 'data/servers';

/** Where `npm run dev` serves the site (astro.config.mjs sets the host; 4321 is Astro's port). */
const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

async function readTargets(root: string, targets: string[]): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const target of targets.length ? targets : [DEFAULT_DIR]) {
    const abs = resolve(root, target);
    const rel = relative(root, abs).split(sep).join('/');
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new Error(`no such file or folder: ${target}`);
    if (info.isDirectory()) {
      const files = await readDataDir(root, rel, '');
      out.push(...files.filter((f) => /\.ya?ml$/i.test(f.file)).map(({ file, text }) => ({ file, text })));
    } else out.push({ file: rel, text: await readFile(abs, 'utf8') });
  }
  return out;
}

async function main(argv: string[], root: string, env: Record<string, string | undefined>): Promise<number> {
  let fix = false;
  let today = isoDay(new Date());
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--fix') fix = true;
    else if (arg === '--today') today = argv[++i] ?? today;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run validate [-- [--fix] [--today YYYY-MM-DD] [FILE_OR_FOLDER…]]');
      return 0;
    } else targets.push(arg);
  }
  let sources = await readTargets(root, targets);
  if (fix) {
    const results = fixFiles(sources);
    for (const r of results.filter((x) => x.changed)) {
      await writeFile(resolve(root, r.file), r.text, 'utf8');
      console.log(`fixed ${r.file}`);
    }
    sources = results.map(({ file, text }) => ({ file, text }));
  }
  const parsed = sources.map((s) => parseYamlFile(s.file, s.text));
  const diagnostics = validateParsed(parsed, { today });
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  if (env.GITHUB_ACTIONS) for (const d of diagnostics) console.log(githubAnnotation(d));
  const errors = diagnostics.filter((d) => d.level === 'error').length;
  const warnings = diagnostics.length - errors;
  const fixable = diagnostics.filter((d) => d.fixable).length;
  const hint = fixable && !fix ? `; ${fixable} fixable with: npm run validate -- --fix` : '';
  console.log(`${sources.length} file${sources.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${hint}`);
  if (errors === 0) for (const line of await preview(root, targets, parsed, env.ATLAS_BASE)) console.log(line);
  return errors > 0 ? 1 : 0;
}

/**
 * On success, the local addresses of the pages the change touches (the server files under data/servers that
 * differ from git's HEAD, among those validated), for a look in `npm run dev` before the pull request.
 */
async function preview(root: string, targets: readonly string[], parsed: readonly ParsedFile[], base: string | undefined): Promise<string[]> {
  const inData = (p: string) => {
    const rel = relative(resolve(root, DEFAULT_DIR), resolve(root, p));
    return !rel.startsWith('..') && !isAbsolute(rel);
  };
  const paths = targets.length ? targets.filter(inData) : [DEFAULT_DIR];
  if (paths.length === 0) return [];
  const changed = changedSinceHead(root, paths);
  if (!changed || changed.length === 0) return [];
  const validated = new Map(parsed.map((p) => [p.file, p]));
  const changes: FileChange[] = [];
  for (const { file, before } of changed) {
    const after = validated.get(file)?.text ?? (await readFile(resolve(root, file), 'utf8').catch(() => undefined));
    changes.push({ file, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) });
  }
  const pages = touchedPages(changes, actedOnDomains(parsed.map((p) => p.value)));
  return previewLines(pages, PREVIEW_ORIGIN, base || '/');
}

/**
 * Runs `npm run validate` with `argv` on the project at `root` (paths are relative to it), printing what the command
 * prints. Resolves to the exit status: 0 valid, 1 an error in the data, 2 a path that cannot be read.
 */
export async function validateCommand(argv: string[], root: string = process.cwd(), env: Record<string, string | undefined> = process.env): Promise<number> {
  try {
    return await main(argv, root, env);
  } catch (err) {
    console.error(`validate: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}

if (isEntryPoint(import.meta.url)) validateCommand(process.argv.slice(2)).then((code) => process.exit(code));
