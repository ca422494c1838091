/**
 * A view drawn on a canvas or by Leaflet (the full graph, the map) has no `<svg>` to download: its script says how
 * to draw its figure from the data it holds, on its element, and the Download menu (src/client/press-tools.ts,
 * src/client/figure-image.ts) asks it. Kept apart from the download code so the view's script does not bundle it.
 */
import type { LegendItem } from '../lib/press/print-frame.ts';
import { elementSlot } from './element-slot.ts';

/** A view's figure, ready for src/lib/press/print-frame.ts. */
export interface BuiltFigure {
  /** The figure: a complete `<svg>` element and its size. */
  figure: { width: number; height: number; svg: string };
  /** Its legend's entries. */
  legend: LegendItem[];
  /** The day it shows, "YYYY-MM-DD". */
  day: string;
  /** What it shows, when it says more than the page's title for it ("… threads.net"). */
  title?: string;
  /** Added to the file's name before the day (`-threads.net`); empty for none. */
  suffix: string;
  /** How many labels were left out so that none overlap. */
  dropped: number;
  /** The credit owed to a source the figure draws from, in the page's language ("Place names: GeoNames (CC BY 4.0)"). */
  sources?: string;
}

/** Draws a view's figure from the data its script holds; rejects when a file it needs cannot be read. */
export type ImageSource = () => Promise<BuiltFigure>;

const slot = elementSlot<ImageSource>('image-source');

/** Makes `source` the way `el`'s image is downloaded. */
export function setImageSource(el: Element, source: ImageSource): void {
  slot.set(el, source);
}

/** The {@link ImageSource} a script set on `el`, if any. */
export function imageSourceOf(el: Element): ImageSource | undefined {
  return slot.get(el);
}
