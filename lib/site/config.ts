import { defaultOrigin, parseOrigin } from './origin';

/**
 * The one site configuration. `SITE_URL` is the public origin every canonical URL, feed
 * link and preview image is built from. The build fixes it (next.config.ts inlines it as
 * OCTET_SITE_URL), so prerendered pages and pages rendered later agree; a server started
 * without it, or with another one, refuses to start (instrumentation.ts). Scripts and
 * tests, which are not built, read SITE_URL.
 */
export const siteUrl = process.env.OCTET_SITE_URL ?? parseOrigin(process.env.SITE_URL) ?? defaultOrigin;
export const siteName = 'Octet';

/** An absolute URL on the site from a path that starts with `/`. */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path}`;
}
