import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import StoryListing from '@/components/listing/StoryListing';
import { laterPages, listing, listingMetadata } from '@/lib/listings';
import { parsePage } from '@/lib/pagination';

type Props = { params: Promise<{ page: string }> };

// The first pages are built; later ones render on first request. The proxy answers
// numbers past the last page with a 404 before they get here.

// Beyond what the build renders, pages render on first request and stay cached (lib/prerender.ts).
export function generateStaticParams() {
  return laterPages(listing('news').pages);
}

async function pageOf(params: Props['params']): Promise<number> {
  const page = parsePage((await params).page, listing('news').stories.length);
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('news', await getLocale(), await pageOf(params));
}

export default async function NewsPage({ params }: Props) {
  const [t, page] = await Promise.all([getTranslations('listing'), pageOf(params)]);
  const l = listing('news');
  return <StoryListing heading={t('newsTitle')} stories={l.stories} page={page} hrefFor={l.hrefFor} where={l.where(page)} section="news" />;
}
