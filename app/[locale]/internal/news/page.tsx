import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import SectionListing from '@/components/listing/SectionListing';
import { getContent } from '@/lib/content';
import { sectionMetadata } from '@/lib/pages/listing-page';

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(getContent(), 'news', await getLocale(), 1);
}

export default function NewsIndex() {
  return <SectionListing type="news" page={1} />;
}
