import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import StoryListing from '@/components/listing/StoryListing';
import { listing, listingMetadata } from '@/lib/listings';

export async function generateMetadata(): Promise<Metadata> {
  return listingMetadata('news', await getLocale(), 1);
}

export default async function NewsIndex() {
  const t = await getTranslations('listing');
  const l = listing('news');
  return (
    <StoryListing
      heading={t('newsTitle')}
      intro={<p className="mt-2 max-w-3xl text-lg text-muted">{t('newsDescription')}</p>}
      stories={l.stories}
      page={1}
      hrefFor={l.hrefFor}
      where={l.where(1)}
      section="news"
    />
  );
}
