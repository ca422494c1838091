/** Rule: the file's first line points editors at the JSON Schema, so mistakes show as they type. */
import { isNode } from 'yaml';
import { readableFiles, type Finding, type Rule } from './rule.ts';

/** Where the generated JSON Schema lives, relative to the project. */
export const SCHEMA_PATH = 'public/schema/server.schema.json';

/** The first line a data file at `file` (project-relative) should start with. */
export function schemaComment(file: string): string {
  const depth = file.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_PATH}`;
}

/** Warns when the first line is not the schema comment; `--fix` adds or corrects it. */
export const schemaCommentRule: Rule = {
  name: 'schema-comment',
  description: 'The first line is "# yaml-language-server: $schema=…/public/schema/server.schema.json", for editors.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const first = file.text.split(/\r?\n/, 1)[0] ?? '';
      const expected = schemaComment(file.file);
      if (first.trim() !== expected) {
        findings.push({ file, path: [], level: 'warning', message: `the first line should be "${expected}" so editors check the file as you type`, fixable: true, position: { line: 1, col: 1 } });
      }
    }
    return findings;
  },
  fix(file) {
    const expected = schemaComment(file.file).slice(1);
    const strip = (c: string | null | undefined) => (c ?? '').split('\n').filter((l) => !l.trim().startsWith('yaml-language-server:')).join('\n').replace(/^\n+|\n+$/g, '');
    const docComment = strip(file.doc.commentBefore);
    const target = isNode(file.doc.contents) ? file.doc.contents : undefined;
    if (!target) return;
    const nodeComment = strip(target.commentBefore);
    file.doc.commentBefore = null;
    target.commentBefore = [expected, docComment, nodeComment].filter(Boolean).join('\n');
  },
};
