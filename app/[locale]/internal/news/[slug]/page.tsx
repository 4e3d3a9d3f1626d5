import type { Metadata } from 'next';
import ArticleView from '@/components/article/ArticleView';
import { routePage, staticParams } from '@/lib/pages/route-page';
import { storyMetadata } from '@/lib/pages/story-page';

type Props = { params: Promise<{ slug: string }> };

// The newest stories are built ahead; older ones render on first request and stay cached.
export const generateStaticParams = staticParams('/news/[slug]');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content, locale, params: p } = await routePage('/news/[slug]', params);
  return storyMetadata(content, locale, content.resolveStory(locale, p.slug)!.item);
}

export default async function NewsStoryPage({ params }: Props) {
  const { locale, params: p } = await routePage('/news/[slug]', params);
  return <ArticleView locale={locale} slug={p.slug} />;
}
