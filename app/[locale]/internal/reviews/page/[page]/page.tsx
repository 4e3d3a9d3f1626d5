import type { Metadata } from 'next';
import SectionListing from '@/components/listing/SectionListing';
import { sectionMetadata } from '@/lib/pages/listing-page';
import { routePage, staticParams } from '@/lib/pages/route-page';

type Props = { params: Promise<{ page: string }> };

// The first pages are built; later ones render on first request and stay cached.
export const generateStaticParams = staticParams('/reviews/page/[page]');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content, locale, params: p } = await routePage('/reviews/page/[page]', params);
  return sectionMetadata(content, 'review', locale, Number(p.page));
}

export default async function ReviewsPage({ params }: Props) {
  const { params: p } = await routePage('/reviews/page/[page]', params);
  return <SectionListing type="review" page={Number(p.page)} />;
}
