import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import TopicPage from '@/components/listing/TopicPage';
import { topicBySlug, topicMetadata, topicParams } from '@/lib/collection-page';

type Props = { params: Promise<{ topic: string }> };

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return topicParams(params.locale);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  return topicMetadata(locale, topicBySlug(locale, (await params).topic), 1);
}

export default async function Page({ params }: Props) {
  const locale = await getLocale();
  return <TopicPage topic={topicBySlug(locale, (await params).topic)} page={1} />;
}
