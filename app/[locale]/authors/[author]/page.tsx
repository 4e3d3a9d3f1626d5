import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import AuthorPage from '@/components/listing/AuthorPage';
import { authorById, authorMetadata, authorParams } from '@/lib/collection-page';

type Props = { params: Promise<{ author: string }> };

export function generateStaticParams() {
  return authorParams(false);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata(await getLocale(), authorById((await params).author), 1);
}

export default async function Page({ params }: Props) {
  return <AuthorPage author={authorById((await params).author)} page={1} />;
}
