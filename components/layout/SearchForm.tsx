import { getLocale, getTranslations } from 'next-intl/server';
import { pathFor } from '@/lib/routing/paths';
import { maxQueryLength } from '@/lib/search/search';

/** A plain GET form: searching works without JavaScript and the result URL can be shared. */
export default async function SearchForm({ query, id = 'site-search' }: { query?: string; id?: string }) {
  const [t, locale] = await Promise.all([getTranslations('nav'), getLocale()]);
  return (
    <form role="search" action={pathFor(locale, '/search')} method="get" className="flex min-w-0 items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {t('searchLabel')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        placeholder={t('searchPlaceholder')}
        maxLength={maxQueryLength}
        className="w-full min-w-0 flex-1 rounded border border-line bg-paper px-2 py-1 text-sm placeholder:text-muted"
      />
      <button type="submit" className="rounded bg-accent px-3 py-1 text-sm font-semibold text-accent-ink hover:opacity-90">
        {t('searchSubmit')}
      </button>
    </form>
  );
}
