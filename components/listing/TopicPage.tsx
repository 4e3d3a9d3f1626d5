import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import type { Topic } from '@/lib/content/model';
import { topicListing } from '@/lib/pages/listing-page';
import StoryListing from './StoryListing';

export default async function TopicPage({ topic, locale, page }: { topic: Topic; locale: Locale; page: number }) {
  const t = await getTranslations('listing');
  const listing = topicListing(getContent(), topic, locale);
  return (
    <StoryListing
      heading={topic.name[locale]}
      intro={<p className="mt-2 text-muted">{t('topicStories', { count: listing.stories.length })}</p>}
      listing={listing}
      page={page}
    />
  );
}
