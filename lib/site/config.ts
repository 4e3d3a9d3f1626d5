/**
 * The one site configuration. `SITE_URL` is the public origin every canonical URL, feed
 * link and preview image is built from; set it in production (see README).
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
export const siteName = 'Octet';

/** An absolute URL on the site from a path that starts with `/`. */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}
