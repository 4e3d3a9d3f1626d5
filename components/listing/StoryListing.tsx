import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import StoryCard from '@/components/article/StoryCard';
import PageShell from '@/components/layout/PageShell';
import type { NavSection } from '@/components/layout/SiteHeader';
import Pagination from '@/components/ui/Pagination';
import type { Listing } from '@/lib/pages/listing-page';
import { pageCount, pageSlice } from '@/lib/routing/pagination';

/** A paginated list of stories with its heading: the news and reviews indexes, topics, authors. */
export default async function StoryListing({
  heading,
  intro,
  listing,
  page,
  section,
}: {
  heading: string;
  intro?: ReactNode;
  listing: Listing;
  page: number;
  section?: NavSection;
}) {
  const t = await getTranslations('listing');
  const shown = pageSlice(listing.stories, page);
  return (
    <PageShell where={listing.where(page)} section={section}>
      <header className="mb-8 border-b border-line pb-6">
        <h1 className="text-3xl font-black md:text-4xl">
          {heading}
          {page > 1 && <span className="font-semibold text-muted"> · {t('pageSuffix', { page })}</span>}
        </h1>
        {intro}
      </header>
      {shown.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="grid gap-x-8 gap-y-8 md:grid-cols-2">
          {shown.map((s) => (
            <li key={s.id} className="border-b border-line pb-6">
              <StoryCard story={s} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pageCount(listing.stories.length)} hrefFor={listing.hrefFor} />
    </PageShell>
  );
}
