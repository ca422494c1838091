/** Small statistics for the bench report. */

/** The median of the values (the mean of the two middle ones for an even count); undefined when there are none. */
export function median(values: readonly (number | undefined)[]): number | undefined {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** The smallest and largest of the values; undefined when there are none. */
export function range(values: readonly (number | undefined)[]): [number, number] | undefined {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return undefined;
  return [Math.min(...xs), Math.max(...xs)];
}
