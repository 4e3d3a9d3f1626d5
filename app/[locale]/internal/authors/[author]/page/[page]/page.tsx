import type { Metadata } from 'next';
import AuthorPage from '@/components/listing/AuthorPage';
import { authorMetadata } from '@/lib/pages/listing-page';
import { routePage, staticParams } from '@/lib/pages/route-page';

type Props = { params: Promise<{ author: string; page: string }> };

// The first pages are built; later ones render on first request and stay cached.
export const generateStaticParams = staticParams('/authors/[author]/page/[page]');

async function authorPage(params: Props['params']) {
  const { content, locale, params: p } = await routePage('/authors/[author]/page/[page]', params);
  return { content, locale, author: content.author(p.author)!, page: Number(p.page) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content, locale, author, page } = await authorPage(params);
  return authorMetadata(content, author, locale, page);
}

export default async function Page({ params }: Props) {
  const { locale, author, page } = await authorPage(params);
  return <AuthorPage author={author} locale={locale} page={page} />;
}
