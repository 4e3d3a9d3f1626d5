import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import ArticleView from '@/components/article/ArticleView';
import { storyFor, storyMetadata, storyParams } from '@/lib/story-page';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Beyond what the build renders, pages render on first request and stay cached (lib/prerender.ts).
export function generateStaticParams({ params }: { params: { locale: string } }) {
  return storyParams('news', params.locale);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return storyMetadata('news', await getLocale(), (await params).slug);
}

export default async function NewsStoryPage({ params }: Props) {
  const locale = await getLocale();
  return <ArticleView localized={storyFor('news', locale, (await params).slug)} />;
}
