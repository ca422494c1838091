/**
 * A small Markdown subset for the interface's long texts (`src/locales/<code>/methodology.md`), parsed into blocks
 * that a page renders as elements: never HTML, so nothing in the text (nor in a value put into it) becomes markup.
 *
 * - `# Title` and `## Title {#id}`: headings (level 1–3), with an optional fragment id.
 * - A blank line ends a paragraph; lines of one paragraph are joined with a space.
 * - `- item`: a bullet list; an item's following lines, indented, continue it.
 * - `Term` then `: definition`: a definition list (the page decides how a term shows, e.g. as a state's badge).
 * - Inline: `` `code` `` and `[text](href)`. `{name}` placeholders are filled from `vars` in text and hrefs.
 */

/** A piece of inline text. */
export type Inline = { type: 'text'; text: string } | { type: 'code'; text: string } | { type: 'link'; text: string; href: string };

/** A block of prose. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; id?: string; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'definitions'; items: { term: string; definition: Inline[] }[] };

const fill = (text: string, vars: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));

/**
 * The inline pieces of one run of text: code spans, links, and text between them.
 *
 * @param text The run, placeholders not yet filled.
 * @param vars Values for `{name}` placeholders.
 */
export function parseInline(text: string, vars: Readonly<Record<string, string | number>> = {}): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', text: fill(text.slice(last, at), vars) });
    if (m[1] !== undefined) out.push({ type: 'code', text: m[1] });
    else out.push({ type: 'link', text: fill(m[2] ?? '', vars), href: fill(m[3] ?? '', vars) });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: fill(text.slice(last), vars) });
  return out;
}

/**
 * The blocks of a text in the subset.
 *
 * @param source The Markdown text.
 * @param vars Values for `{name}` placeholders.
 */
export function parseProse(source: string, vars: Readonly<Record<string, string | number>> = {}): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: string[] | undefined;
  let definitions: { term: string; definition: string }[] | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', inlines: parseInline(paragraph.join(' '), vars) });
    if (list) blocks.push({ type: 'list', items: list.map((item) => parseInline(item, vars)) });
    if (definitions) blocks.push({ type: 'definitions', items: definitions.map((d) => ({ term: d.term, definition: parseInline(d.definition, vars) })) });
    paragraph = [];
    list = undefined;
    definitions = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    const heading = /^(#{1,3})\s+(.*?)(?:\s+\{#([A-Za-z0-9-]+)\})?\s*$/.exec(trimmed);
    if (trimmed === '') {
      flush();
    } else if (heading && !line.startsWith(' ')) {
      flush();
      const block: Block = { type: 'heading', level: heading[1]!.length as 1 | 2 | 3, inlines: parseInline(heading[2] ?? '', vars) };
      if (heading[3]) block.id = heading[3];
      blocks.push(block);
    } else if (/^- /.test(line)) {
      if (!list) flush();
      list ??= [];
      list.push(trimmed.slice(2));
    } else if (/^: /.test(line) && definitions) {
      const last = definitions[definitions.length - 1]!;
      last.definition = last.definition ? `${last.definition} ${trimmed.slice(2)}` : trimmed.slice(2);
    } else if (/^: /.test((lines[i + 1] ?? '')) && paragraph.length === 0 && !list) {
      definitions ??= [];
      definitions.push({ term: trimmed, definition: '' });
    } else if (line.startsWith(' ') && list && list.length > 0) {
      list[list.length - 1] += ` ${trimmed}`;
    } else if (line.startsWith(' ') && definitions && definitions.length > 0) {
      const last = definitions[definitions.length - 1]!;
      last.definition += ` ${trimmed}`;
    } else {
      if (list || definitions) flush();
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks;
}

/** How many headings of each level a text has (for checking a translation keeps the English structure). */
export function headingLevels(source: string): number[] {
  return parseProse(source).flatMap((b) => (b.type === 'heading' ? [b.level] : []));
}
