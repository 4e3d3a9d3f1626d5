import type { Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import type { Author } from '@/lib/content/model';
import { pickText } from '@/lib/content/fallback';
import { authorListing } from '@/lib/pages/listing-page';
import StoryListing from './StoryListing';

export default function AuthorPage({ author, locale, page }: { author: Author; locale: Locale; page: number }) {
  const bio = pickText(author.bio, locale);
  return (
    <StoryListing
      heading={author.name}
      intro={
        <div className="mt-2 max-w-3xl">
          <p className="font-semibold text-muted">{author.role[locale]}</p>
          <p className="mt-2 text-lg" lang={bio.locale !== locale ? bio.locale : undefined}>{bio.text}</p>
        </div>
      }
      listing={authorListing(getContent(), author)}
      page={page}
    />
  );
}
