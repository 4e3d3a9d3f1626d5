import { notFound } from 'next/navigation';
import { locales, type Locale } from '@/i18n/locales';
import { getContent } from '@/lib/content';
import { pickText } from '@/lib/content/fallback';
import type { Ranking } from '@/lib/content/model';
import { pageMetadata } from './metadata';
import { ogImagePath } from './og';
import { sameEverywhere } from './paths';
import { rankingHref } from './routes';

export function rankingParams(locale: string): { ranking: string }[] {
  const l = locales.find((x) => x === locale);
  return l ? getContent().rankings.map((r) => ({ ranking: r.slug[l] })) : [];
}

export function rankingBySlug(locale: Locale, slug: string): Ranking {
  const found = getContent().resolveRanking(locale, slug);
  if (!found || !found.canonical) notFound();
  return found.item;
}

export const rankingWhere = (ranking: Ranking) => sameEverywhere((l) => rankingHref(ranking, l));

export async function rankingMetadata(locale: Locale, ranking: Ranking) {
  return pageMetadata({
    locale,
    title: ranking.title[locale],
    description: pickText(ranking.intro, locale).text,
    where: rankingWhere(ranking),
    image: { path: ogImagePath(locale, 'ranking', ranking.id), alt: ranking.title[locale] },
  });
}
