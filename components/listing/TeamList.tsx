import { getLocale } from 'next-intl/server';
import Link from '@/components/ui/AppLink';
import { getContent } from '@/lib/content';
import { pickText } from '@/lib/content/fallback';
import { authorHref } from '@/lib/routing/hrefs';

/** The newsroom, each author with their role and bio. */
export default async function TeamList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const locale = await getLocale();
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="grid gap-6 sm:grid-cols-2">
      {getContent().authors.map((a) => {
        const bio = pickText(a.bio, locale);
        return (
          <li key={a.id} className="rounded-lg border border-line bg-surface p-5">
            <Heading className="text-xl font-bold">
              <Link href={authorHref(a)} className="hover:text-accent hover:underline">{a.name}</Link>
            </Heading>
            <p className="text-sm font-semibold text-muted">{a.role[locale]}</p>
            <p className="mt-2" lang={bio.locale !== locale ? bio.locale : undefined}>{bio.text}</p>
          </li>
        );
      })}
    </ul>
  );
}
