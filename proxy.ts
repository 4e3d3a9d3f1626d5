import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { isLocale, locales, type Locale } from './i18n/locales';
import { routing } from './i18n/routing';
import { localeCookie, localeCookieMaxAge } from './lib/locale-cookie';
import { securityHeaders } from './lib/security-headers';
import { notFoundRoute, resolvePath } from './lib/url-resolver';

const intl = createMiddleware(routing);

/** The first path segment, as typed: `/FR/actualites` → `FR`. */
function firstSegment(pathname: string): string {
  return pathname.split('/')[1] ?? '';
}

/**
 * A reader's explicit language choice: a page request that comes from one of our own
 * pages in another language. The only links on the site that cross languages are the
 * language menu's, so this is that menu being used, with or without JavaScript.
 */
function explicitChoice(request: NextRequest, target: string): Locale | undefined {
  if (request.method !== 'GET' || !isLocale(target)) return undefined;
  const dest = request.headers.get('sec-fetch-dest');
  if (dest && dest !== 'document') return undefined;
  const referer = request.headers.get('referer');
  if (!referer) return undefined;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return undefined;
  }
  if (from.host !== request.headers.get('host')) return undefined;
  const source = firstSegment(from.pathname);
  return isLocale(source) && source !== target ? target : undefined;
}

/** The proxy's own answers (redirects, 400s) get the same security headers as pages. */
function secured(response: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}

export default function proxy(request: NextRequest) {
  return secured(route(request));
}

/** Files the app serves itself: feeds, preview images and the machine files. */
const servedFiles = new RegExp(`^/(?:sitemap\\.xml|robots\\.txt|icon\\.svg|(?:${locales.join('|')})/(?:rss\\.xml|og/[a-z]+/[a-z0-9-]+\\.png))$`);

function route(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const segment = firstSegment(pathname);

  // A path that is not valid percent-encoding names nothing: say so, plainly.
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return new NextResponse('Bad Request: malformed URL encoding', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }

  if (servedFiles.test(pathname)) return NextResponse.next();

  // Only `/` negotiates: the remembered choice first, then Accept-Language (next-intl), then French.
  if (pathname === '/') {
    const remembered = request.cookies.get(localeCookie)?.value;
    const response = isLocale(remembered)
      ? NextResponse.redirect(new URL(`/${remembered}${search}`, request.url), 307)
      : intl(request);
    response.headers.set('Vary', 'Cookie, Accept-Language');
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }

  // `/FR/actualites` is a typo of a real address: send it, permanently, to the lower-case one.
  if (segment !== segment.toLowerCase() && isLocale(segment.toLowerCase())) {
    const url = request.nextUrl.clone();
    url.pathname = `/${segment.toLowerCase()}${pathname.slice(segment.length + 1)}`;
    return NextResponse.redirect(url, 308);
  }

  // Something shaped like a language we do not publish (`/xx/…`, `/pt-br/…`) is a 404,
  // not a French page in disguise: Next's own 404 route (app/global-not-found.tsx).
  if (!isLocale(segment) && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?$/i.test(segment)) {
    return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  }

  if (isLocale(segment)) {
    const resolution = resolvePath(segment, decoded);
    if (resolution.type === 'redirect') {
      return NextResponse.redirect(new URL(`${resolution.location}${search}`, request.url), 308);
    }
    if (resolution.type === 'not-found') {
      // A real page rendered on the server, answered with a 404 status.
      return NextResponse.rewrite(new URL(`/${segment}/${notFoundRoute}`, request.url), { status: 404 });
    }
  }

  const response = intl(request);

  const chosen = explicitChoice(request, segment);
  if (chosen) {
    response.cookies.set(localeCookie, chosen, { maxAge: localeCookieMaxAge, sameSite: 'lax', path: '/' });
  }
  return response;
}

export const config = {
  // Everything but Next's own files: other paths with a dot (`/package.json`, `/wp-login.php`)
  // must get the same localized 404 as any unknown address.
  matcher: ['/((?!_next/|_vercel/).*)'],
};
