import { NextResponse, type NextRequest } from 'next/server';
import { localeCookie } from './lib/routing/locale-cookie';
import { negotiateLocale } from './lib/routing/negotiate';
import { getContent } from './lib/content';
import { comparisonParam, maxCompared, minCompared } from './lib/rankings/comparison';
import { parseView, viewQuery } from './lib/rankings/refine';
import { locales } from './i18n/locales';
import type { AppPathname } from './i18n/routing';
import { localizedTemplate, pathFor } from './lib/routing/paths';
import { localeOf, resolvePath, splitPath } from './lib/routing/resolve-path';
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
 * - Pages rendered per request (comparisons, whose pages cannot be listed in advance, a
 *   reader's view of a ranking, search results): the route table checks each request
 *   here, so that only a real page renders, and marks it for a CDN to keep; the compare
 *   picker's form (`/fr/comparer?d=…&d=…`) is sent to its canonical address.
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
  if (isPerRequestPath(pathname)) return perRequest(request);
  return NextResponse.next();
}

/**
 * Comparisons, a reader's view of a ranking, search: rendered per request, for any reader
 * alike. Their addresses in every language, from `i18n/routing.ts` (the matcher below must
 * be a literal; tests/proxy-matcher.test.ts checks it against the same routes).
 */
const perRequestRoutes = ['/compare', '/compare/[devices]', '/compare/[devices]/preview.png', '/top-10/[ranking]/refine', '/search'] as const satisfies AppPathname[];
const perRequestPath = new RegExp(
  `^(?:${locales
    .flatMap((l) => perRequestRoutes.map((p) => `/${l}${localizedTemplate(p, l)}`))
    .map((path) => path.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\[\w+\]/g, '[^/]+'))
    .join('|')})$`,
);
export const isPerRequestPath = (pathname: string) => perRequestPath.test(pathname);

/**
 * A page rendered per request is checked against the route table first (only real views
 * render), and marked for a CDN to keep: it depends on its address only. What is not a
 * page goes to the handler of unmatched addresses (308, 404: never kept).
 */
function perRequest(request: NextRequest): NextResponse {
  const { pathname, search, searchParams } = request.nextUrl;
  const content = getContent();
  const result = resolvePath(content, pathname, search);
  if (result.kind !== 'page') return NextResponse.rewrite(new URL(`${missingRoute}${pathname}${search}`, request.url));
  // The picker's GET form: devices chosen as `d` parameters, sent on to the comparison's address.
  const chosen = [...new Set(searchParams.getAll('d'))].filter((id) => content.device(id));
  if (result.pathname === '/compare' && chosen.length >= minCompared && chosen.length <= maxCompared && new Set(chosen.map((id) => content.device(id)!.kind)).size === 1) {
    const location = pathFor(localeOf(pathname)!, { pathname: '/compare/[devices]', params: { devices: comparisonParam(chosen) } });
    const response = NextResponse.redirect(new URL(location, request.url), 303);
    response.headers.set('Cache-Control', 'public, max-age=0, s-maxage=600');
    return response;
  }
  // A reader's view of a ranking has one address: the form's empty fields and unchanged
  // weights are dropped, and the default view is the ranking itself.
  if (result.pathname === '/top-10/[ranking]/refine') {
    const ranking = content.resolveRanking(result.locale, result.params.ranking!)!.item;
    const query = viewQuery(parseView(searchParams, ranking.kind, content.methodology(ranking.kind)));
    if (query !== search) {
      const target = query ? `${pathname}${query}` : pathFor(result.locale, { pathname: '/top-10/[ranking]', params: { ranking: result.params.ranking! } });
      return NextResponse.redirect(new URL(target, request.url), 308);
    }
  }
  const response = NextResponse.next();
  response.headers.set('Cache-Control', 'public, max-age=0, s-maxage=600, stale-while-revalidate=3600');
  return response;
}

export const config = {
  matcher: [
    '/',
    '/:locale/internal',
    '/:locale/internal/:path*',
    '/:path(.*%.*)',
    // Pages rendered per request (comparisons are also open routes: lib/routing/route-table.ts).
    '/:locale/:section(comparer|compare|vergleich|comparar|confronta)',
    '/:locale/:section(comparer|compare|vergleich|comparar|confronta)/:path*',
    '/:locale/top-10/:ranking/:view(affiner|refine|anpassen|ajustar|personalizza)',
    '/:locale/:search(recherche|search|suche|buscar|cerca)',
  ],
};
