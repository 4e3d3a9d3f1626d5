import { getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import type { StoryType } from '@/lib/content/schemas';
import { sectionListing } from '@/lib/pages/listing-page';
import { sections } from '@/lib/routing/sections';
import StoryListing from './StoryListing';

/** The news or reviews index, page `page`. */
export default async function SectionListing({ type, page }: { type: StoryType; page: number }) {
  const t = await getTranslations('listing');
  const [heading, description] = type === 'news' ? [t('newsTitle'), t('newsDescription')] : [t('reviewsTitle'), t('reviewsDescription')];
  return (
    <StoryListing
      heading={heading}
      intro={page === 1 ? <p className="mt-2 max-w-3xl text-lg text-muted">{description}</p> : undefined}
      listing={sectionListing(getContent(), type)}
      page={page}
      section={sections[type].nav}
    />
  );
}
