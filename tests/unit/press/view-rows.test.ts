/** The rows a view downloads from its data-export attributes: column names and codes are a data format. */
import { describe, expect, it } from 'vitest';
import { matrixExportColumns } from '../../../src/lib/press/view-rows.ts';

describe('matrixExportColumns', () => {
  it('puts the community and its list status before one column per domain, in order', () => {
    expect(matrixExportColumns(['threads.net', 'b.example'])).toEqual(['community', 'list', 'threads.net', 'b.example']);
  });
});
