/** Shared test helpers for the importer tests: fixtures, SHA-256, and parsing results with the Server schema. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Server } from '../../../src/lib/schema/server.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

/** The text of a fixture in tests/fixtures/import/. */
export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

/** SHA-256 of a text as lower-case hex, computed independently of the code under test. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Parses a server file's text with the Server schema; throws with the issues when it is not valid. */
export function parseServer(text: string): Server {
  const result = Server.safeParse(parse(text, { version: '1.2' }));
  if (!result.success) throw new Error(`not a valid server file:\n${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}\n---\n${text}`);
  return result.data;
}

/** The list evidence most tests use. */
export const LIST = { url: 'https://social.example/api/v1/instance/domain_blocks', retrieved: '2026-02-01', kind: 'block-list' as const };
