import type { Metadata } from 'next';
import AuthorPage from '@/components/listing/AuthorPage';
import { authorMetadata } from '@/lib/pages/listing-page';
import { routePage, staticParams } from '@/lib/pages/route-page';

type Props = { params: Promise<{ author: string }> };

export const generateStaticParams = staticParams('/authors/[author]');

async function authorOf(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/authors/[author]', params);
  return { content, locale, author: content.author(p.author)! };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content, locale, author } = await authorOf(params);
  return authorMetadata(content, author, locale, 1);
}

export default async function Page({ params }: Props) {
  const { locale, author } = await authorOf(params);
  return <AuthorPage author={author} locale={locale} page={1} />;
}
