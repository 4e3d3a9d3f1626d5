import type { ComponentProps, ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import StoryCard from '@/components/article/StoryCard';
import PageShell from '@/components/layout/PageShell';
import type { Section } from '@/components/layout/SiteHeader';
import Pagination from '@/components/ui/Pagination';
import type { Link } from '@/i18n/navigation';
import type { Story } from '@/lib/content/model';
import { pageCount, pageSlice } from '@/lib/pagination';
import type { PageLocales } from '@/lib/paths';

type Href = ComponentProps<typeof Link>['href'];

/** A paginated list of stories with its heading: the news and reviews indexes, topics, authors. */
export default async function StoryListing({
  heading,
  intro,
  stories,
  page,
  hrefFor,
  where,
  section,
}: {
  heading: string;
  intro?: ReactNode;
  stories: Story[];
  page: number;
  hrefFor: (page: number) => Href;
  where: PageLocales;
  section?: Section;
}) {
  const t = await getTranslations('listing');
  const shown = pageSlice(stories, page);
  return (
    <PageShell where={where} section={section}>
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
      <Pagination page={page} pages={pageCount(stories.length)} hrefFor={hrefFor} />
    </PageShell>
  );
}
