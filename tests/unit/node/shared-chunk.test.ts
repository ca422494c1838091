/**
 * Which modules go in the browser's shared chunk (src/node/shared-chunk.ts). `declaresOnly` reads a client module's
 * top level line by line; here it is checked against TypeScript's own parser on every module of src/client/, and on
 * synthetic modules, so a module that acts when it is loaded is never run on a page that did not ask for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { declaresOnly, sharedModule } from '../../../src/node/shared-chunk.ts';

/** Top-level statements that only declare, by TypeScript's parser: the oracle for `declaresOnly`. */
function declaresOnlyByAst(code: string): boolean {
  const file = ts.createSourceFile('m.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return file.statements.every((s) => {
    if (ts.isImportDeclaration(s)) return s.importClause !== undefined;
    return (
      ts.isExportDeclaration(s) ||
      ts.isVariableStatement(s) ||
      ts.isFunctionDeclaration(s) ||
      ts.isClassDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) ||
      ts.isInterfaceDeclaration(s) ||
      ts.isExportAssignment(s)
    );
  });
}

/** Every .ts file under `dir`, as paths. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('declaresOnly', () => {
  it('agrees with TypeScript\'s parser on every module of src/client/', () => {
    const files = tsFiles('src/client');
    expect(files.length).toBeGreaterThan(30);
    const disagree = files.filter((f) => {
      const code = readFileSync(f, 'utf8');
      return declaresOnly(code) !== declaresOnlyByAst(code);
    });
    expect(disagree).toEqual([]);
    // Both kinds are there: modules that act when loaded (enhancing tables, wiring forms) and modules that only declare.
    const acting = files.filter((f) => !declaresOnly(readFileSync(f, 'utf8')));
    expect(acting).toEqual(expect.arrayContaining([join('src/client', 'sortable-table.ts'), join('src/client', 'table-pager.ts'), join('src/client', 'press-tools.ts')]));
    expect(files.filter((f) => declaresOnly(readFileSync(f, 'utf8')))).toEqual(expect.arrayContaining([join('src/client', 'dom.ts'), join('src/client', 'element-slot.ts')]));
  });

  it('finds a module that acts when loaded, whatever the statement', () => {
    const head = "import { h } from './dom.ts';\n\n/** A doc. */\nexport function f(): void {\n  for (const x of [1]) g(x);\n}\n";
    expect(declaresOnly(head)).toBe(true);
    for (const tail of [
      "for (const t of document.querySelectorAll('table')) f();\n",
      "if (location.hash) f();\n",
      "document.body.dataset.x = '1';\n",
      'void start();\n',
      "canvas?.addEventListener('click', f);\n",
      "import './styles.css';\n",
      'f();\n',
      '(() => f())();\n',
      'await f();\n',
      'try {\n  f();\n} catch {}\n',
    ]) {
      expect(declaresOnly(head + tail), tail).toBe(false);
      expect(declaresOnlyByAst(head + tail), tail).toBe(false);
    }
  });
});

describe('sharedModule', () => {
  const read = (code: string) => () => code;
  it('takes pure code (lib, locales, npm packages) and client modules that only declare', () => {
    expect(sharedModule('/w/src/lib/order.ts', read('f();'))).toBe(true);
    expect(sharedModule('/w/src/locales/index.ts', read(''))).toBe(true);
    expect(sharedModule('/w/node_modules/d3-zoom/src/zoom.js', read(''))).toBe(true);
    expect(sharedModule('C:\\w\\node_modules\\d3-zoom\\src\\zoom.js', read(''))).toBe(true);
    expect(sharedModule('/w/src/client/dom.ts', read('export const a = 1;\n'))).toBe(true);
    expect(sharedModule('/w/src/client/dom.ts?v=1', read('export const a = 1;\n'))).toBe(true);
  });
  it('leaves out client modules that act, styles, virtual modules, components and anything else', () => {
    expect(sharedModule('/w/src/client/sortable-table.ts', read('enhance();\n'))).toBe(false);
    expect(sharedModule('/w/node_modules/leaflet/dist/leaflet.css', read(''))).toBe(false);
    expect(sharedModule('/w/src/styles/map.css', read(''))).toBe(false);
    expect(sharedModule('\0rolldown/runtime.js', read(''))).toBe(false);
    expect(sharedModule('/w/src/components/AtlasMap.astro?astro&type=script&index=0&lang.ts', read(''))).toBe(false);
    expect(sharedModule('/w/src/node/og-cache.ts', read(''))).toBe(false);
  });
});
