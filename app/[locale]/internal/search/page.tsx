import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import PageShell from '@/components/layout/PageShell';
import SearchForm from '@/components/layout/SearchForm';
import RankingCard from '@/components/rankings/RankingCard';
import Highlighted from '@/components/search/Highlighted';
import DateTime from '@/components/ui/DateTime';
import TopicPills from '@/components/ui/TopicPills';
import Pagination from '@/components/ui/Pagination';
import Link from '@/components/ui/AppLink';
import { localeNames } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { pageCount, pageSize } from '@/lib/routing/pagination';
import { deviceName } from '@/lib/content/device-name';
import { rankingHref, searchHref, storyHref } from '@/lib/routing/hrefs';
import { everyLocale, pathFor, type PageLocales } from '@/lib/routing/paths';
import { maxQueryLength, search } from '@/lib/search/search';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query as the reader typed it, cut to a sane length; arrays (`?q=a&q=b`) take the first. */
function readQuery(raw: string | string[] | undefined): { query: string; truncated: boolean } {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return { query: clean.slice(0, maxQueryLength), truncated: clean.length > maxQueryLength };
}

function readPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 1;
}

/** The search page in every language, keeping the query. */
const searchWhere = (query: string): PageLocales => everyLocale(searchHref(query));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, locale, params] = await Promise.all([getTranslations('search'), getLocale(), searchParams]);
  const { query } = readQuery(params.q);
  return pageMetadata({
    locale,
    title: query ? t('titleWithQuery', { query }) : t('title'),
    description: t('description'),
    where: searchWhere(''),
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const [t, locale, params] = await Promise.all([getTranslations('search'), getLocale(), searchParams]);
  const tl = await getTranslations('listing');
  const content = getContent();
  const { query, truncated } = readQuery(params.q);
  const results = search(content, locale, query);
  const pages = pageCount(results.stories.length);
  const page = Math.min(readPage(params.page), pages);
  const shown = results.stories.slice((page - 1) * pageSize, page * pageSize);
  const total = results.stories.length + results.devices.length;

  const suggestions = (
    <section aria-labelledby="suggestions-heading" className="mt-10">
      <h2 id="suggestions-heading" className="mb-4 text-xl font-bold">{t('suggestions')}</h2>
      <TopicPills topics={content.topics} className="mb-6" />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {content.rankings.map((r) => (
          <RankingCard key={r.id} ranking={r}>
            <Link href={rankingHref(r, locale)} className="font-semibold stretch hover:text-accent">
              {r.title[locale]}
            </Link>
          </RankingCard>
        ))}
      </ul>
    </section>
  );

  return (
    <PageShell where={searchWhere(query)} section="search" query={query}>
      <h1 className="mb-4 text-3xl font-black md:text-4xl">{t('heading')}</h1>
      <div className="max-w-xl">
        <SearchForm query={query} id="search-page-query" />
      </div>
      {truncated && <p className="mt-3 text-sm text-muted">{t('tooLong', { max: maxQueryLength })}</p>}

      {!query ? (
        suggestions
      ) : total === 0 ? (
        <>
          <p className="mt-8 text-lg" role="status">{t('noResults', { query })}</p>
          {suggestions}
        </>
      ) : (
        <>
          <p className="mt-8 text-lg font-semibold" role="status">{t('results', { count: total, query })}</p>
          {results.devices.length > 0 && (
            <section aria-labelledby="devices-heading" className="mt-8">
              <h2 id="devices-heading" className="mb-4 border-b border-line pb-2 text-2xl font-bold">{t('devices')}</h2>
              <ul className="grid gap-4 sm:grid-cols-2">
                {results.devices.slice(0, 8).map((d) => {
                  const ranked = content.rankingsOf(d.id);
                  const review = content.reviewOf(d.id);
                  return (
                    <li key={d.id} className="rounded-lg border border-line bg-surface p-4" data-result="device">
                      <h3 className="font-bold">
                        <a href={pathFor(locale, { pathname: '/devices/[device]', params: { device: d.id } })} className="hover:text-accent hover:underline">
                          <Highlighted text={deviceName(d)} terms={results.terms} />
                        </a>
                      </h3>
                      {ranked.length > 0 && (
                        <p className="mt-1 text-sm">
                          {t('inRankings')}{' '}
                          {ranked.map(({ ranking, rank }, i) => (
                            <span key={ranking.id}>
                              {i > 0 && ', '}
                              <Link href={rankingHref(ranking, locale)} className="text-accent hover:underline">
                                {ranking.short[locale]} (#{rank})
                              </Link>
                            </span>
                          ))}
                        </p>
                      )}
                      {review && (
                        <p className="mt-1 text-sm">
                          <Link href={storyHref(content, review, locale)} className="more">
                            {content.localize(review, locale).version.title}
                          </Link>
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {shown.length > 0 && (
            <section aria-labelledby="stories-heading" className="mt-10">
              <h2 id="stories-heading" className="mb-4 border-b border-line pb-2 text-2xl font-bold">{t('stories')}</h2>
              <ol className="space-y-6">
                {shown.map((s) => {
                  const { version, isFallback } = content.localize(s, locale);
                  const topic = content.topic(s.topicIds[0]!)!;
                  return (
                    <li key={s.id} data-result="story" className="border-b border-line pb-5">
                      <p className="kicker">
                        {topic.name[locale]} · <DateTime iso={s.published} format="short" />
                        {isFallback && <> · {tl('originalLanguage', { language: localeNames[version.locale] })}</>}
                      </p>
                      <h3 className="mt-1 font-serif text-xl font-bold" lang={isFallback ? version.locale : undefined}>
                        <Link href={storyHref(content, s, locale)} className="hover:text-accent">
                          <Highlighted text={version.title} terms={results.terms} />
                        </Link>
                      </h3>
                      <p className="mt-1 text-muted" lang={isFallback ? version.locale : undefined}>
                        <Highlighted text={version.lead} terms={results.terms} />
                      </p>
                    </li>
                  );
                })}
              </ol>
              <Pagination page={page} pages={pages} hrefFor={(p) => searchHref(query, p)} />
            </section>
          )}
        </>
      )}
    </PageShell>
  );
}
