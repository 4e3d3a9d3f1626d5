import type { Metadata } from 'next';
import type { Locale } from '@/i18n/locales';
import { pickText } from '@/lib/content/fallback';
import type { Ranking } from '@/lib/content/model';
import { rankingHref } from '@/lib/routing/hrefs';
import { everyLocale } from '@/lib/routing/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { ogImagePath } from '@/lib/seo/og';

export const rankingWhere = (ranking: Ranking) => everyLocale((l) => rankingHref(ranking, l));

export async function rankingMetadata(locale: Locale, ranking: Ranking): Promise<Metadata> {
  return pageMetadata({
    locale,
    title: ranking.title[locale],
    description: pickText(ranking.intro, locale).text,
    where: rankingWhere(ranking),
    image: { path: ogImagePath(locale, 'ranking', ranking.id), alt: ranking.title[locale] },
  });
}
