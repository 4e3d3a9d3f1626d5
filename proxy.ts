import { NextResponse, type NextRequest } from 'next/server';
import { localeCookie } from './lib/routing/locale-cookie';
import { negotiateLocale } from './lib/routing/negotiate';
import { splitPath } from './lib/routing/resolve-path';
import { missingRoute } from './lib/routing/rewrites';
import { securityHeaders } from './lib/site/security-headers';

/**
 * The proxy runs for two kinds of request only (see `matcher`), so that no page pays for
 * it: real pages are routed by the rewrites generated from the route table
 * (lib/routing/rewrites.ts), unknown addresses by app/internal/missing.
 *
 * - `/`, the one address that picks a language: the reader's remembered choice (the
 *   cookie the language endpoint sets), then Accept-Language, then French. The answer
 *   varies per reader, so no cache may keep it.
 * - The internal routes (`/fr/internal/…`), which only rewrites may reach: asked for
 *   directly they are not pages, and must not render an unknown slug into the cache.
 * - Paths with a `%`: bad percent-encoding is answered 400 here, plainly (Next's router
 *   would fail on it with a 500); well-formed ones go on their way.
 */
export default function proxy(request: NextRequest) {
  const response = route(request);
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}

function route(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') {
    const locale = negotiateLocale({ cookie: request.cookies.get(localeCookie)?.value, acceptLanguage: request.headers.get('accept-language') });
    const response = NextResponse.redirect(new URL(`/${locale}${search}`, request.url), 307);
    response.headers.set('Vary', 'Cookie, Accept-Language');
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  const split = splitPath(pathname);
  if ('invalid' in split && split.invalid === 'malformed') {
    return new NextResponse('Bad Request: malformed URL encoding', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  if (/^\/[^/]+\/internal(?:\/|$)/.test(pathname)) return NextResponse.rewrite(new URL(`${missingRoute}${pathname}`, request.url));
  return NextResponse.next();
}

export const config = {
  matcher: ['/', '/:locale/internal', '/:locale/internal/:path*', '/:path(.*%.*)'],
};
