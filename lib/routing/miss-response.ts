import type { ContentIndex } from '@/lib/content';
import { notFoundHtml } from './not-found-page';
import { resolvePath } from './resolve-path';
import { missingRoute } from './rewrites';

/**
 * The answer to an address that no rewrite matched: a former or foreign address of a real
 * page gets a permanent redirect to it, bad percent-encoding a 400, everything else the
 * localized 404. Nothing is rendered or stored, and none of it may be kept by a cache
 * except the redirects of real pages.
 */
export function missResponse(content: ContentIndex, url: URL): Response {
  // Reached by a rewrite, the request keeps its address; reached directly (or from the
  // proxy's guard), the address to judge is what follows the handler's own path.
  const raw = url.pathname.startsWith(`${missingRoute}/`) || url.pathname === missingRoute ? url.pathname.slice(missingRoute.length) || '/' : url.pathname;
  const result = resolvePath(content, raw, url.search);
  switch (result.kind) {
    case 'moved':
      return new Response(null, { status: 308, headers: { Location: result.location, 'Cache-Control': 'public, max-age=3600, s-maxage=86400' } });
    case 'malformed':
      return new Response('Bad Request: malformed URL encoding', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    case 'page':
      // Every page has a rewrite; reaching this means the rules and the table disagree.
      console.error(`[routing] ${raw} is a page but no rewrite served it`);
      return notFound(undefined);
    case 'missing':
      return notFound(result.locale);
  }
}

function notFound(locale: Parameters<typeof notFoundHtml>[0]): Response {
  return new Response(notFoundHtml(locale), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
