/** The data page words every column of the dataset's tables: each has its meaning in the default language's data.json. */
import { describe, expect, it } from 'vitest';
import { DECISION_COLUMNS, SERVER_COLUMNS } from '../../../src/lib/press/dataset.ts';
import { CATALOGUES, DEFAULT_LOCALE } from '../../../src/locales/index.ts';

describe("the data page's column meanings", () => {
  it('every server and decision column has a string in data.json', () => {
    const catalogue = CATALOGUES[DEFAULT_LOCALE] ?? {};
    const missing = [
      ...SERVER_COLUMNS.map((c) => `data.col.servers.${c.name}`),
      ...DECISION_COLUMNS.map((c) => `data.col.decisions.${c.name}`),
    ].filter((key) => catalogue[key] === undefined);
    expect(missing).toEqual([]);
  });
});
