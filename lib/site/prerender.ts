/**
 * How much of the site the build renders ahead of time. Readers mostly read what is
 * recent, so the build renders the newest stories and each listing's first pages; the
 * long tail is rendered on its first request and then cached like a prerendered page.
 * Both limits can be set per deployment; the defaults cover the whole sample newsroom.
 */
function limit(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** The newest stories (with all their language versions) rendered at build time. */
export const prerenderStories = limit('PRERENDER_STORIES', 200);
/** Pages of each listing (news, reviews, each topic and author) rendered at build time. */
export const prerenderListingPages = limit('PRERENDER_LISTING_PAGES', 5);
