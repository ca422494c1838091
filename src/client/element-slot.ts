/**
 * A value a view's script keeps on its element for another script to ask for (the Download menu asks the map for its
 * rows and its image): stored under a registered symbol, so separately bundled scripts share it.
 */

/** A named place on elements for values of type `T`: `set` keeps one on an element, `get` reads it back. */
export interface ElementSlot<T> {
  set(el: Element, value: T): void;
  get(el: Element): T | undefined;
}

/** The slot called `name` (the same name gives the same slot in every bundle). */
export function elementSlot<T>(name: string): ElementSlot<T> {
  const key = Symbol.for(`federation-atlas.${name}`);
  type Holder = Element & { [key]?: T };
  return {
    set: (el, value) => {
      (el as Holder)[key] = value;
    },
    get: (el) => (el as Holder)[key],
  };
}
