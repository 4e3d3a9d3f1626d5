import { getLocale, getTranslations } from 'next-intl/server';
import type { Topic } from '@/lib/content/model';
import { topicStories, topicWhere } from '@/lib/collection-page';
import { topicHref } from '@/lib/routes';
import StoryListing from './StoryListing';

export default async function TopicPage({ topic, page }: { topic: Topic; page: number }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('listing')]);
  const stories = topicStories(topic);
  return (
    <StoryListing
      heading={topic.name[locale]}
      intro={<p className="mt-2 text-muted">{t('topicStories', { count: stories.length })}</p>}
      stories={stories}
      page={page}
      hrefFor={(p) => topicHref(topic, locale, p)}
      where={topicWhere(topic, page)}
    />
  );
}
