import { getPathname } from '@/i18n/navigation';
import { locales, type Locale } from '@/i18n/locales';

type Href = Parameters<typeof getPathname>[0]['href'];

/** Where a page lives in every locale, and the locales it was really written or translated in. */
export interface PageLocales {
  paths: Record<Locale, string>;
  /** Locales with a real version of the page (hreflang lists only these). */
  translated: readonly Locale[];
}

/** The locale-prefixed path of a route, with its localized segments. */
export function pathFor(locale: Locale, href: Href): string {
  return getPathname({ locale, href });
}

/** A page whose address follows from its route alone (indexes, static pages, rankings…). */
export function sameEverywhere(href: Href | ((locale: Locale) => Href)): PageLocales {
  const paths = Object.fromEntries(
    locales.map((l) => [l, pathFor(l, typeof href === 'function' ? href(l) : href)]),
  ) as Record<Locale, string>;
  return { paths, translated: locales };
}
