import { getLocale, getTranslations } from 'next-intl/server';
import ShareBar from '@/components/share/ShareBar';
import { dateValues } from '@/components/ui/DateTime';
import { getContent } from '@/lib/content';
import { pickText } from '@/lib/content/fallback';
import type { Ranking } from '@/lib/content/model';
import { rankingWhere } from '@/lib/pages/ranking-page';
import { pathFor } from '@/lib/routing/paths';
import { absoluteUrl } from '@/lib/site/config';

/** A ranking's title, date, introduction, method and history links, and share bar. */
export default async function RankingHeader({ ranking, title }: { ranking: Ranking; title: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('rankings')]);
  const intro = pickText(ranking.intro, locale);
  const method = getContent().methodology(ranking.kind);
  const url = absoluteUrl(rankingWhere(ranking).paths[locale]);
  return (
    <header className="mx-auto max-w-4xl">
      <h1 className="text-3xl font-black md:text-4xl">{title}</h1>
      <p className="mt-2 text-sm text-muted">{t.rich('updated', await dateValues(ranking.updated))}</p>
      <p className="mt-4 text-lg" lang={intro.locale !== locale ? intro.locale : undefined}>{intro.text}</p>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {method && (
          <a href={pathFor(locale, { pathname: '/methodology/[formFactor]', params: { formFactor: method.slug[locale] } })} className="text-accent underline">
            {t('howWeRate', { version: method.version })}
          </a>
        )}
        <a href={pathFor(locale, { pathname: '/top-10/[ranking]/history', params: { ranking: ranking.slug[locale] } })} className="text-accent underline">
          {t('history')}
        </a>
        <a href={pathFor(locale, { pathname: '/top-10/[ranking]/rss.xml', params: { ranking: ranking.slug[locale] } })} type="application/rss+xml" className="text-accent underline">
          {t('feed')}
        </a>
      </p>
      <ShareBar url={url} title={ranking.title[locale]} />
    </header>
  );
}
