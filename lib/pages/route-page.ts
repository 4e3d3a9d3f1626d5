import { notFound, permanentRedirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { AppPathname } from '@/i18n/routing';
import { getContent, type ContentIndex } from '@/lib/content';
import { pathFor, type RouteParams } from '@/lib/routing/paths';
import { routeOf } from '@/lib/routing/route-table';

/**
 * What every page does with its parameters: ask the route table, render on *page*,
 * redirect permanently on *moved*, 404 on *missing*. The rewrites only let real pages
 * through, so the last two answer only requests that reached a page some other way
 * (client navigation to a stale link); they run the very rule the rewrites were built from.
 */
export async function routePage<P extends AppPathname>(
  pathname: P,
  params: Promise<RouteParams<P>> | RouteParams<P>,
): Promise<{ content: ContentIndex; locale: Locale; params: RouteParams<P> }> {
  const [locale, values] = await Promise.all([getLocale(), params]);
  const content = getContent();
  const result = routeOf(pathname).resolve(content, locale, values);
  if (result.kind === 'moved') permanentRedirect(pathFor(locale, result.to));
  if (result.kind === 'missing') notFound();
  return { content, locale, params: values };
}

/** `generateStaticParams` of a route: what the build renders ahead (see lib/site/prerender.ts). */
export function staticParams<P extends AppPathname>(pathname: P) {
  return ({ params }: { params: { locale: string } }): RouteParams<P>[] => {
    const route = routeOf(pathname);
    const locale = params.locale as Locale;
    return (route.prerender ?? route.pages)(getContent(), locale);
  };
}
