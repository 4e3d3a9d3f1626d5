import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import Link from '@/components/ui/AppLink';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { everyLocale } from '@/lib/routing/paths';
import { topicHref } from '@/lib/routing/hrefs';

const where = everyLocale('/topics');

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations('listing'), getLocale()]);
  return pageMetadata({ locale, title: t('topicsTitle'), description: t('topicsDescription'), where });
}

export default async function TopicsIndex() {
  const [t, locale] = await Promise.all([getTranslations('listing'), getLocale()]);
  const content = getContent();
  const topics = [...content.topics].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  return (
    <PageShell where={where}>
      <h1 className="mb-8 text-3xl font-black md:text-4xl">{t('topicsTitle')}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {topics.map((topic) => (
          <li key={topic.id} className="relative rounded-lg border border-line bg-surface p-4 hover:border-accent">
            <Link href={topicHref(topic, locale)} className="text-lg font-bold stretch">
              {topic.name[locale]}
            </Link>
            <p className="text-sm text-muted">{t('topicStories', { count: content.listStories({ topicId: topic.id }).length })}</p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
