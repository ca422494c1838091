/** The JSON Schema editors use, generated from the same zod schema as the validator and the site. */
import { z } from 'zod';
import { Server } from './schema/server.ts';

/** The JSON Schema (draft-07, which the YAML language server reads) of a server file, as stable, pretty text. */
export function serverJsonSchemaText(): string {
  const schema = z.toJSONSchema(Server, { target: 'draft-07', io: 'input', unrepresentable: 'any' });
  const full = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://federation-atlas.invalid/schema/server.schema.json',
    title: 'Federation Atlas server file (data/servers/<domain>.yaml)',
    ...schema,
  };
  return `${JSON.stringify(full, null, 2)}\n`;
}
