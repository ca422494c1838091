/**
 * The words of a page's head that change from page to page (its title, description, Open Graph card and feed), worked out
 * from the page's props as the layout (src/layouts/Base.astro) writes them. The layout uses this function, and so does
 * a page written from another page's markup (./page-template.ts), so the two heads can never differ.
 */

/** What a page gives its layout for its head. */
export interface PageHeadProps {
  /** The page's own title; the site's name is added after it. Absent on the home page. */
  title?: string | undefined;
  /** A one-sentence description. */
  description: string;
  /** An Open Graph image (1200×630 PNG), as a path under the base; the site's own card when absent. */
  image?: string | undefined;
  /** Text alternative of the image; the site card's when absent. */
  imageAlt?: string | undefined;
  /** An Atom feed of the page's own, as a path under the base, and its title. */
  feed?: { path: string; title: string } | undefined;
}

/** The site's words and addresses the head needs, in the page's language. */
export interface PageHeadSite {
  /** The site's name. */
  siteName: string;
  /** The home page's title (the page with no title of its own). */
  homeTitle: string;
  /** The site card's text alternative. */
  siteCardAlt: string;
  /** A language-free path under the base. */
  asset: (path: string) => string;
  /** The site's origin, for absolute addresses. */
  origin: URL;
}

/** The head's words, ready for its elements. */
export interface PageHead {
  /** `<title>`: the page's title and the site's name. */
  fullTitle: string;
  /** `og:title`: the page's title, or the site's name. */
  ogTitle: string;
  /** `description` and `og:description`. */
  description: string;
  /** `og:image`, absolute. */
  ogImage: string;
  /** `og:image:alt`. */
  ogImageAlt: string;
  /** The page's own feed (`<link rel="alternate" type="application/atom+xml">`): its title and address. */
  feed: { title: string; href: string } | undefined;
}

/** The origin a page's absolute addresses use when the build names no site (Astro's own default). */
export const SITE_ORIGIN_FALLBACK = 'http://localhost:4321';

/** The site's own card, for a page that has none. */
export const SITE_CARD = 'og/atlas.png';

/** The head's words for a page's props. */
export function pageHead(props: PageHeadProps, site: PageHeadSite): PageHead {
  const { title, description, image = SITE_CARD, imageAlt = site.siteCardAlt, feed } = props;
  return {
    fullTitle: title ? `${title} · ${site.siteName}` : site.homeTitle,
    ogTitle: title ?? site.siteName,
    description,
    ogImage: new URL(site.asset(image), site.origin).href,
    ogImageAlt: imageAlt,
    feed: feed && { title: feed.title, href: site.asset(feed.path) },
  };
}
