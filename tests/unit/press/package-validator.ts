/**
 * A validator of Data Package descriptors against the official Frictionless profile (v1, draft-04 JSON Schema),
 * vendored in tests/fixtures/frictionless/ (see its README for source and licence). Formats the profile names are
 * checked loosely (uri, email, date-time) or not at all (textarea, a display hint).
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';

/** The official Data Package profile. */
export const PROFILE = JSON.parse(readFileSync('tests/fixtures/frictionless/data-package.json', 'utf8')) as object;

/** A compiled validator (ajv, all errors). */
export function packageValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s));
  ajv.addFormat('email', (s: string) => /^[^@\s]+@[^@\s]+$/.test(s));
  ajv.addFormat('date-time', (s: string) => /T/.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('textarea', () => true);
  return ajv.compile(PROFILE);
}
