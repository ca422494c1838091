import { describe, expect, it } from 'vitest';
import { schemaComment, schemaCommentRule } from '../../../src/lib/rules/schema-comment.ts';
import { fixed, run, VALID } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';
const BARE = VALID.split('\n').slice(1).join('\n');

describe('schema-comment', () => {
  it('accepts the comment with the right relative path', () => {
    expect(run(schemaCommentRule, VALID)).toEqual([]);
    expect(schemaComment('tests/fixtures/valid/x.yaml')).toBe('# yaml-language-server: $schema=../../../public/schema/server.schema.json');
  });
  it('warns when it is missing, and --fix adds it', () => {
    expect(run(schemaCommentRule, BARE)).toEqual([
      `${F}:1:1 warning schema-comment: the first line should be "# yaml-language-server: $schema=../../public/schema/server.schema.json" so editors check the file as you type (fixable with --fix)`,
    ]);
    expect(fixed(BARE)).toBe(VALID);
  });
});
