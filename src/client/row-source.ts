/**
 * A list whose rows its script builds from the data it holds (the map's list: src/lib/press/map-rows.ts) says so on
 * its element, and the Download menu (src/client/press-tools.ts) asks it for them instead of reading the page. Kept
 * apart from download.ts so the map's script does not bundle the download code.
 */
import type { CsvValue } from '../lib/press/csv.ts';
import { elementSlot } from './element-slot.ts';

/** Rows a page's script builds from the data it holds (the map's list), with their columns and the end of the file's name. */
export interface BuiltRows {
  /** The columns, in order. */
  columns: readonly string[];
  /** The rows, in order. */
  rows: readonly Record<string, CsvValue>[];
  /** Added to the file's name before its extension (`-threads.net-2025-02-01`); empty for none. */
  suffix: string;
}

/** Builds a list's rows from the data its script holds; rejects when a file it needs cannot be read. */
export type RowSource = () => Promise<BuiltRows>;

const slot = elementSlot<RowSource>('row-source');

/** Makes `source` the way `container`'s rows are downloaded, instead of reading them from the page. */
export function setRowSource(container: Element, source: RowSource): void {
  slot.set(container, source);
}

/** The {@link RowSource} a script set on `container`, if any. */
export function rowSourceOf(container: Element): RowSource | undefined {
  return slot.get(container);
}
