/**
 * A whole number written as text, as a build's environment gives one (`ATLAS_LIST_IN_PAGE_AT_MOST=0`): digits only,
 * spaces around them allowed; anything else (empty, negative, a fraction, "1e3", a word, nothing) is `fallback`.
 * Takes the value, not the environment: lib/ reads no process state.
 */
export function wholeNumberOr(value: string | undefined, fallback: number): number {
  const text = value?.trim();
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : fallback;
}
