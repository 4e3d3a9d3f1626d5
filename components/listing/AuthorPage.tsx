import { getLocale } from 'next-intl/server';
import type { Author } from '@/lib/content/model';
import { authorStories, authorWhere } from '@/lib/collection-page';
import { pickText } from '@/lib/content/fallback';
import { authorHref } from '@/lib/routes';
import StoryListing from './StoryListing';

export default async function AuthorPage({ author, page }: { author: Author; page: number }) {
  const locale = await getLocale();
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
      stories={authorStories(author)}
      page={page}
      hrefFor={(p) => authorHref(author, p)}
      where={authorWhere(author, page)}
    />
  );
}
