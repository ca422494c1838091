/**
 * The site's style sheets are well formed: every block that opens closes. A missing "}" does not fail the build;
 * CSS nesting silently puts every rule after it inside the unclosed one (the press tools' rules once sat inside
 * `.graph-svg .edge-off` and applied nowhere).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../src/styles');

/** The depth of blocks left open at the end, or the offset where a "}" closes nothing (comments and strings skipped). */
function openBlocks(css: string): number | string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return `a "}" closing nothing at ${i}`;
  }
  return depth;
}

describe('src/styles', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
    it(`${file}: every block closes (no rule nested by a missing "}")`, () => {
      expect(openBlocks(readFileSync(join(dir, file), 'utf8'))).toBe(0);
    });
  }
  it('counts an unclosed block', () => {
    expect(openBlocks('.a { color: red;\n.b { color: blue; }')).toBe(1);
    expect(openBlocks('/* { */ .a { content: "}"; }')).toBe(0);
  });
});
