import type { Metadata } from 'next';
import TopicPage from '@/components/listing/TopicPage';
import { topicMetadata } from '@/lib/pages/listing-page';
import { routePage, staticParams } from '@/lib/pages/route-page';

type Props = { params: Promise<{ topic: string }> };

export const generateStaticParams = staticParams('/topics/[topic]');

async function topicOf(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/topics/[topic]', params);
  return { content, locale, topic: content.resolveTopic(locale, p.topic)!.item };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content, locale, topic } = await topicOf(params);
  return topicMetadata(content, topic, locale, 1);
}

export default async function Page({ params }: Props) {
  const { locale, topic } = await topicOf(params);
  return <TopicPage topic={topic} locale={locale} page={1} />;
}
