import type { Metadata } from 'next';
import TopicPage from '@/components/listing/TopicPage';
import { topicMetadata } from '@/lib/pages/listing-page';
import { routePage, staticParams } from '@/lib/pages/route-page';

type Props = { params: Promise<{ topic: string; page: string }> };

// The first pages are built; later ones render on first request and stay cached.
export const generateStaticParams = staticParams('/topics/[topic]/page/[page]');

async function topicPage(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/topics/[topic]/page/[page]', params);
  return { content, locale, topic: content.resolveTopic(locale, p.topic)!.item, page: Number(p.page) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content, locale, topic, page } = await topicPage(params);
  return topicMetadata(content, topic, locale, page);
}

export default async function Page({ params }: Props) {
  const { locale, topic, page } = await topicPage(params);
  return <TopicPage topic={topic} locale={locale} page={page} />;
}
