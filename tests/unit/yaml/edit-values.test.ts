/** A fix that only changes values rewrites those characters and keeps every comment, space and blank line. */
import { isMap, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentState, writeValuesInPlace } from '../../../src/lib/yaml/edit-values.ts';
import { fixed } from '../rules/helpers.ts';

const TEXT = `# a curator's note
software: Mastodon            # REQUIRED: the software
focus: [Place, language]      # the first is primary

languages:
  - "CY"   # quoted, and stays quoted
`;

function edit(text: string, change: (doc: ReturnType<typeof parseDocument>) => void): string | undefined {
  const doc = parseDocument(text, { version: '1.2' });
  const before = documentState(doc);
  change(doc);
  return writeValuesInPlace(text, doc, before);
}

describe('writeValuesInPlace', () => {
  it('writes changed values where they stand, keeping comments, their columns and blank lines', () => {
    const out = edit(TEXT, (doc) => {
      (doc.get('software', true) as { value: string }).value = 'mastodon';
      (doc.getIn(['focus', 0], true) as { value: string }).value = 'place';
      (doc.getIn(['languages', 0], true) as { value: string }).value = 'cy';
    });
    expect(out).toBe(TEXT.replace('Mastodon', 'mastodon').replace('[Place,', '[place,').replace('"CY"', '"cy"'));
  });
  it('quotes a new value that would not read back as the same text when plain', () => {
    const out = edit('name: Old\n', (doc) => ((doc.get('name', true) as { value: string }).value = 'yes: no'));
    expect(out).toBe('name: "yes: no"\n');
  });
  it('gives up (the caller re-serialises) when the fix reorders items', () => {
    expect(
      edit('list: [b, a]\n', (doc) => {
        const seq = doc.get('list', true);
        if (isSeq(seq)) seq.items.reverse();
      }),
    ).toBeUndefined();
  });
  it('gives up when the fix changes a comment', () => {
    expect(edit('a: 1\n', (doc) => { if (isMap(doc.contents)) doc.contents.commentBefore = ' new'; })).toBeUndefined();
  });
  it('--fix on a file from the template keeps its comments exactly where they stood', () => {
    const text = `# yaml-language-server: $schema=../../public/schema/server.schema.json
domain: atlas-test.example    # REQUIRED. The file is named after it.
name: Atlas test server       # REQUIRED.
focus: [Place]                # REQUIRED, one or more, the first is primary:
                              #   place | language | diaspora | topic | general
languages: [CY]
software: Mastodon            # REQUIRED:
                              #   mastodon | other
links:                        # REQUIRED.
  home: https://atlas-test.example
sources:
  - url: https://directory.example/atlas-test
    retrieved: 2026-01-02
    covers: [name, focus, languages, software]
blocklist:
  status: Unknown             #   published | partial | unknown
`;
    expect(fixed(text)).toBe(text.replace('[Place]', '[place]').replace('[CY]', '[cy]').replace('Mastodon ', 'mastodon ').replace('Unknown ', 'unknown '));
  });
});
