/** What the site's pages show, derived once per build from the reach model and the graph (see derive.ts). */
export { createViews, type AtlasViews, type DomainDecision, type FullGraphs, type FullGraphVariant, type LaidOut, type ViewsOptions } from './derive.ts';
