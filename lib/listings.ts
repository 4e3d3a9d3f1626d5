import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { pageMetadata } from './metadata';
import { prerenderListingPages } from './prerender';
import { pageCount } from './pagination';
import { sameEverywhere } from './paths';
import { listingHref } from './routes';

export type ListingKind = 'news' | 'reviews';

/** What the news and reviews indexes share: their stories, pages, metadata and locales. */
export function listing(kind: ListingKind) {
  const stories = getContent().listStories({ type: kind === 'news' ? 'news' : 'review' });
  return {
    stories,
    pages: pageCount(stories.length),
    where: (page: number) => sameEverywhere(listingHref(kind, page)),
    hrefFor: (page: number) => listingHref(kind, page),
  };
}

export async function listingMetadata(kind: ListingKind, locale: Locale, page: number) {
  const t = await getTranslations('listing');
  const title = t(kind === 'news' ? 'newsTitle' : 'reviewsTitle');
  return pageMetadata({
    locale,
    title: page > 1 ? `${title} · ${t('pageSuffix', { page })}` : title,
    description: t(kind === 'news' ? 'newsDescription' : 'reviewsDescription'),
    where: listing(kind).where(page),
  });
}

/**
 * Static params for pages 2..N of a listing (page 1 is the listing's own URL), up to the
 * build's limit; later pages render on first request (the proxy has already checked
 * that they exist).
 */
export function laterPages(pages: number): { page: string }[] {
  const last = Math.min(pages, prerenderListingPages);
  return Array.from({ length: Math.max(0, last - 1) }, (_, i) => ({ page: String(i + 2) }));
}
