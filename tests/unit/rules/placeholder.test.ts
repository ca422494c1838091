import { describe, expect, it } from 'vitest';
import { isPlaceholder, placeholder } from '../../../src/lib/rules/placeholder.ts';
import { run, VALID, variant } from './helpers.ts';

const F = 'data/servers/atlas-test.example.yaml';

describe('placeholder', () => {
  it('accepts the valid file', () => {
    expect(run(placeholder, VALID)).toEqual([]);
  });
  it('a TODO left in a required field is an error at its line, saying it is required and what it holds', () => {
    expect(run(placeholder, variant('name: Atlas test server', 'name: TODO'))).toEqual([
      `${F}:3:7 error placeholder: name is still the template's placeholder "TODO": required: fill it in. The server's name as it presents itself, e.g. "Tŵt".`,
    ]);
  });
  it('a TODO in a list of listed values names the values to choose from', () => {
    const [line] = run(placeholder, variant('focus: [place, language]', 'focus: [TODO]'));
    expect(line).toMatch(/^data\/servers\/atlas-test\.example\.yaml:4:9 error placeholder: focus\[0\] is still the template's placeholder "TODO": required: fill it in \(place, language, diaspora, topic, general\)\./);
  });
  it('the https://... placeholder of the guide\'s template, in an optional field, says to fill it in or delete the line', () => {
    expect(run(placeholder, variant('  home: https://atlas-test.example\n', '  home: https://atlas-test.example\n  rules: https://...\n'))).toEqual([
      `${F}:15:10 error placeholder: links.rules is still the template's placeholder "https://...": optional: fill it in or delete the line. Its rules or code of conduct.`,
    ]);
  });
  it('a field required only inside an optional one says the whole of it may be left out', () => {
    const [line] = run(placeholder, variant('  label: Wales', '  label: TODO'));
    expect(line).toContain('area.label is still the template\'s placeholder "TODO": required in area: fill it in, or leave out the whole area if no source gives it.');
  });
  it('finds placeholders in sources, evidence and numbers, with the ellipsis character too', () => {
    const text = variant('  - url: https://directory.example/atlas-test', '  - url: https://…', variant('  lat: 52.3', '  lat: TODO', variant('    evidence: {url: https://atlas-test.example/about, retrieved: 2026-01-02}\n  - domain: beta', '    evidence: {url: https://..., retrieved: 2026-01-02}\n  - domain: beta')));
    expect(run(placeholder, text).map((l) => l.split(' is still')[0])).toEqual([
      `${F}:10:8 error placeholder: area.lat`,
      `${F}:16:10 error placeholder: sources[0].url`,
      `${F}:30:21 error placeholder: blocks[1].evidence.url`,
    ]);
  });
  it('the word "Todo" in a name and "TODO" quoted in a server\'s own comment are not placeholders', () => {
    const text = variant('name: Atlas test server', 'name: Todo Atlas', variant('    severity: suspend\n    since: 2024', '    severity: suspend\n    comment: TODO list of spam servers\n    since: 2024'));
    expect(run(placeholder, text)).toEqual([]);
    expect(isPlaceholder('TODOS')).toBe(false);
    expect(isPlaceholder('https://example.org/a...b')).toBe(false);
    expect(isPlaceholder('TODO: the name')).toBe(true);
  });
  it('with every rule running, a placeholder gets one message, not one more from each rule that reads the field', () => {
    const text = variant('software: mastodon', 'software: TODO', variant('languages: [cy, en]', 'languages: [TODO]', variant('  iso3166: [GB-WLS]', '  iso3166: [TODO]')));
    const out = run(undefined, text);
    expect(out.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      `${F}:5:13 error placeholder:`,
      `${F}:9:13 error placeholder:`,
      `${F}:12:11 error placeholder:`,
    ]);
  });
  it('a problem elsewhere in the file is still reported beside the placeholders', () => {
    const out = run(undefined, variant('name: Atlas test server', 'name: TODO', variant('  lat: 52.3', '  lat: 152.3')));
    expect(out.map((l) => l.split(' ')[2])).toEqual(['placeholder:', 'coordinates:']);
  });
});
