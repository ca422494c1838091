/** What the site's pages show, derived once per build from the reach model and the graph (see derive.ts). */
export { createViews, type AtlasViews, type DomainDecision, type FullGraphs, type FullGraphVariant, type LaidOut, type ViewsOptions } from './derive.ts';
export { domainEvents, domainPageModel, LIST_AT_MOST, type DomainEvent, type DomainPageModel, type DomainRow, type DomainStateSection } from './domain-page.ts';
export { OTHER_LINKS, serverPageModel, type ServerActedOnRow, type ServerActionRow, type ServerPageModel } from './server-page.ts';
