/**
 * Plain code-point comparison, in a module of its own so browser code (the embeds' graph layout) can sort without
 * bundling what lib/order.ts imports (the YAML library).
 */

/** Plain code-point comparison, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
