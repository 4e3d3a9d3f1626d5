import { locales, type Locale } from '@/i18n/locales';
import { routing, type AppPathname } from '@/i18n/routing';

/**
 * Where a page lives: the one formatter of localized paths, pure (no framework runtime),
 * so pages, the route table, scripts and tests all build addresses the same way.
 */

/** `'/news/[slug]'` → `'slug'`; `'/topics/[topic]/page/[page]'` → `'topic' | 'page'`. */
type ParamNames<P extends string> = P extends `${string}[${infer Name}]${infer Rest}` ? Name | ParamNames<Rest> : never;
export type RouteParams<P extends AppPathname> = { [K in ParamNames<P>]: string };

type Query = Record<string, string>;

/** A page and its parameters, as next-intl's `Link` takes it. */
export type Href = {
  [P in AppPathname]: ParamNames<P> extends never ? P | { pathname: P; query?: Query } : { pathname: P; params: RouteParams<P>; query?: Query };
}[AppPathname];

/** The path segments readers see for a route in a locale: `/news/[slug]` in French is `/actualites/[slug]`. */
export function localizedTemplate(pathname: AppPathname, locale: Locale): string {
  const value = routing.pathnames[pathname] as string | Record<Locale, string>;
  return typeof value === 'string' ? value : value[locale];
}

/** The locale-prefixed path of a page: `pathFor('fr', { pathname: '/news/[slug]', params: { slug } })`. */
export function pathFor(locale: Locale, href: Href): string {
  const { pathname, params, query } = typeof href === 'string' ? { pathname: href, params: undefined, query: undefined } : { params: undefined, ...href };
  const values = (params ?? {}) as Record<string, string>;
  const localized = localizedTemplate(pathname, locale).replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query)}` : '';
  return `/${locale}${localized === '/' ? '' : localized}${search}`;
}

/** Where a page lives in every locale, and the locales it was really written or translated in. */
export interface PageLocales {
  paths: Record<Locale, string>;
  /** Locales with a real version of the page (hreflang lists only these). */
  translated: readonly Locale[];
}

/** A page that exists in every locale, its address following from its route alone. */
export function everyLocale(href: Href | ((locale: Locale) => Href)): PageLocales {
  const paths = Object.fromEntries(locales.map((l) => [l, pathFor(l, typeof href === 'function' ? href(l) : href)])) as Record<Locale, string>;
  return { paths, translated: locales };
}
