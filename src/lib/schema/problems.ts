/** A server file's text checked against the Server schema alone, for tools that write files and check their output. */
import { parse as parseYaml } from 'yaml';
import { Server } from './server.ts';

/**
 * The file's problems against the Server schema, one a line (none when valid): a YAML syntax error, or each
 * schema issue as "path: message". Not the validator (no positions, no rules): a guard for generated files.
 */
export function schemaProblems(text: string): string[] {
  let value: unknown;
  try {
    value = parseYaml(text, { version: '1.2' });
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  }
  const parsed = Server.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
