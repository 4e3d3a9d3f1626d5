import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import AuthorPage from '@/components/listing/AuthorPage';
import { authorById, authorMetadata, authorParams, authorStories, pageFrom } from '@/lib/collection-page';

type Props = { params: Promise<{ author: string; page: string }> };

// Beyond what the build renders, pages render on first request and stay cached (lib/prerender.ts).
export function generateStaticParams() {
  return authorParams(true);
}

async function resolve(params: Props['params']) {
  const p = await params;
  const author = authorById(p.author);
  return { author, page: pageFrom(p.page, authorStories(author).length) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, page } = await resolve(params);
  return authorMetadata(await getLocale(), author, page);
}

export default async function Page({ params }: Props) {
  const { author, page } = await resolve(params);
  return <AuthorPage author={author} page={page} />;
}
