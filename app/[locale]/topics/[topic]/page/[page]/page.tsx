import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import TopicPage from '@/components/listing/TopicPage';
import { pageFrom, topicBySlug, topicMetadata, topicPageParams, topicStories } from '@/lib/collection-page';

type Props = { params: Promise<{ topic: string; page: string }> };

// Beyond what the build renders, pages render on first request and stay cached (lib/prerender.ts).
export function generateStaticParams({ params }: { params: { locale: string } }) {
  return topicPageParams(params.locale);
}

async function resolve(params: Props['params']) {
  const [locale, p] = await Promise.all([getLocale(), params]);
  const topic = topicBySlug(locale, p.topic);
  return { locale, topic, page: pageFrom(p.page, topicStories(topic).length) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic, page } = await resolve(params);
  return topicMetadata(locale, topic, page);
}

export default async function Page({ params }: Props) {
  const { topic, page } = await resolve(params);
  return <TopicPage topic={topic} page={page} />;
}
